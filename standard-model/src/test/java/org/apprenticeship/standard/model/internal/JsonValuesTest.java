package org.apprenticeship.standard.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Extension values are held frozen: nothing a caller does to a value it was handed changes it. */
class JsonValuesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static ObjectNode sample() {
    ObjectNode object = NODES.objectNode();
    object.put("text", "a").put("number", new BigDecimal("1.10"));
    object.putArray("list").add(1).addObject().put("deep", true);
    return object;
  }

  @Test
  void aFrozenValue_equalsTheOriginal_andHasItsHashCode_butIsACopy() {
    ObjectNode original = sample();
    JsonNode frozen = JsonValues.frozen(original);
    assertEquals(original, frozen);
    assertEquals(original.hashCode(), frozen.hashCode());
    assertNotSame(original, frozen);
    original.put("text", "changed");
    assertEquals("a", frozen.get("text").asText());
  }

  @Test
  void theUsualWaysOfChangingAValue_throw() {
    ObjectNode frozen = (ObjectNode) JsonValues.frozen(sample());
    assertThrows(UnsupportedOperationException.class, () -> frozen.put("text", "b"));
    assertThrows(UnsupportedOperationException.class, () -> frozen.remove("text"));
    assertThrows(UnsupportedOperationException.class, () -> ((ArrayNode) frozen.get("list")).add(2));
    assertThrows(UnsupportedOperationException.class, () -> ((ObjectNode) frozen.get("list").get(1)).put("deep", false));
    Iterator<Map.Entry<String, JsonNode>> fields = frozen.fields();
    fields.next();
    assertThrows(UnsupportedOperationException.class, fields::remove);
    assertThrows(UnsupportedOperationException.class, () -> frozen.properties().iterator().next().setValue(TextNode.valueOf("b")));
    assertEquals(sample(), frozen);
  }

  @Test
  void deepCopy_givesAValueThatCanChange() {
    ObjectNode copy = (ObjectNode) JsonValues.frozen(sample()).deepCopy();
    copy.put("text", "b");
    assertEquals("b", copy.get("text").asText());
  }

  /** Every public method of a Jackson object and array, called with any arguments, leaves a frozen value as it was. */
  @Test
  void noPublicMethodOfJackson_changesAFrozenValue() throws IllegalAccessException {
    int called = 0;
    for (JsonNode frozen : List.of(JsonValues.frozen(sample()), JsonValues.frozen(sample().get("list")))) {
      JsonNode before = frozen.deepCopy();
      for (Method method : frozen.getClass().getMethods()) {
        if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
          continue;
        }
        Object[] arguments = arguments(method);
        if (arguments == null) {
          continue;
        }
        try {
          method.invoke(frozen, arguments);
        } catch (InvocationTargetException e) {
          // Refusing is what a frozen value should do; any other failure of a made-up argument is as good.
        }
        called++;
        assertEquals(before, frozen, () -> method + " changed a frozen value");
      }
    }
    assertTrue(called > 100, "called only " + called);
  }

  @Test
  void binaryData_becomesItsText_andAnObjectOfJava_isRefused() {
    assertEquals(TextNode.valueOf("AQI="), JsonValues.frozen(NODES.binaryNode(new byte[] {1, 2})));
    assertThrows(IllegalArgumentException.class, () -> JsonValues.frozen(NODES.pojoNode(new ArrayList<>())));
  }

  @Test
  void numbers_keepTheirDigits() {
    DecimalNode tenths = (DecimalNode) JsonValues.frozen(DecimalNode.valueOf(new BigDecimal("1.10")));
    assertEquals(2, tenths.decimalValue().scale());
  }

  private static Object[] arguments(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Object argument = argument(types[i]);
      if (argument == null && !types[i].equals(Object.class)) {
        return null;
      }
      arguments[i] = argument;
    }
    return arguments;
  }

  private static Object argument(Class<?> type) {
    if (type == String.class) {
      return "text";
    }
    if (type == int.class || type == Integer.class) {
      return 0;
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == short.class || type == Short.class) {
      return (short) 1;
    }
    if (type == float.class || type == Float.class) {
      return 1f;
    }
    if (type == double.class || type == Double.class) {
      return 1d;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type == BigInteger.class) {
      return BigInteger.ONE;
    }
    if (type == byte[].class) {
      return new byte[] {1};
    }
    if (type.isAssignableFrom(TextNode.class)) {
      return TextNode.valueOf("x");
    }
    if (type.isAssignableFrom(ObjectNode.class)) {
      return NODES.objectNode().put("text", "x");
    }
    if (type.isAssignableFrom(ArrayNode.class)) {
      return NODES.arrayNode().add("x");
    }
    if (type == JsonPointer.class) {
      return JsonPointer.compile("/list/0");
    }
    if (type.isAssignableFrom(ArrayList.class)) {
      List<Object> list = new ArrayList<>();
      list.add("text");
      return list;
    }
    if (type.isAssignableFrom(java.util.LinkedHashMap.class)) {
      Map<String, JsonNode> map = new java.util.LinkedHashMap<>();
      map.put("text", TextNode.valueOf("x"));
      return map;
    }
    if (type == Predicate.class) {
      return (Predicate<Object>) anything -> true;
    }
    if (type == Consumer.class) {
      return (Consumer<Object>) anything -> { };
    }
    if (type == BiConsumer.class) {
      return (BiConsumer<Object, Object>) (a, b) -> { };
    }
    if (type == RawValue.class) {
      return new RawValue("1");
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == String[].class) {
      return new String[] {"text"};
    }
    return null;
  }
}
