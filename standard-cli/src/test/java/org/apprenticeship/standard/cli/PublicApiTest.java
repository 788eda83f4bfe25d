package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.Rules;
import org.junit.jupiter.api.Test;

/**
 * The public API of the four published modules, read by reflection from their exported packages:
 * users cannot subclass a value type or construct one other than through its factories and
 * builders.
 */
class PublicApiTest {

  /** A class of each published module, to find the module from. */
  private static final List<Class<?>> MODULES = List.of(Ksb.class, Standards.class, Rules.class, StandardCli.class);

  @Test
  void noPublicType_ofTheExportedPackages_hasAnAccessibleConstructor() throws Exception {
    List<String> accessible = new ArrayList<>();
    for (Class<?> type : publicToUsers(exportedClasses())) {
      if (Throwable.class.isAssignableFrom(type)) {
        continue; // exceptions: StandardException and its subtypes stay constructible, for tests and embedders
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers()) || Modifier.isProtected(constructor.getModifiers())) {
          accessible.add(constructor.toString());
        }
      }
    }
    assertEquals(List.of(), accessible, "constructors a user could call or subclass with");
  }

  @Test
  void theValueTypes_areAbstractAndTheirImplementationsHidden() throws Exception {
    List<Class<?>> classes = exportedClasses();
    Set<Class<?>> valueTypes = publicToUsers(classes).stream()
        .filter(type -> Modifier.isAbstract(type.getModifiers()) && !type.isInterface())
        .collect(Collectors.toSet());
    assertTrue(valueTypes.containsAll(List.of(Ksb.class, Standard.class, LearnerRecord.class, Evaluation.class,
        EvaluationPolicy.class)), "value types found: " + valueTypes);
    List<Class<?>> implementations = classes.stream()
        .filter(type -> type.getSimpleName().startsWith("Immutable"))
        .collect(Collectors.toList());
    assertTrue(implementations.size() >= valueTypes.size(), "generated implementations found: " + implementations);
    assertEquals(List.of(), publicToUsers(implementations), "generated implementations in the public API");
  }

  /** Every class, nested ones included, of the packages the published modules export to everyone. */
  private static List<Class<?>> exportedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> anchor : MODULES) {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
      Set<String> exported = module.descriptor().exports().stream()
          .filter(export -> !export.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      try (ModuleReader reader = module.open()) {
        for (String resource : reader.list().collect(Collectors.toList())) {
          int slash = resource.lastIndexOf('/');
          boolean inExported = slash > 0 && exported.contains(resource.substring(0, slash).replace('/', '.'));
          if (inExported && resource.endsWith(".class")) {
            String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            classes.add(Class.forName(name, false, anchor.getClassLoader()));
          }
        }
      }
    }
    assertTrue(classes.size() > 40, "classes found: " + classes);
    return classes;
  }

  /** The classes a user can name: public, and nested (if at all) only in public classes; not interfaces or enums. */
  private static List<Class<?>> publicToUsers(List<Class<?>> classes) {
    return classes.stream()
        .filter(type -> !type.isInterface() && !type.isEnum())
        .filter(PublicApiTest::isPublicToUsers)
        .collect(Collectors.toList());
  }

  private static boolean isPublicToUsers(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
