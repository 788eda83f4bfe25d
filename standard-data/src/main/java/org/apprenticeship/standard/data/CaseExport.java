package org.apprenticeship.standard.data;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;
import org.apprenticeship.standard.data.internal.CasePackage;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.Standard;

/**
 * Exports a standard as a 1EdTech CASE 1.1 package ({@code CFPackage}, the <em>Competencies and
 * Academic Standards Exchange</em> format that moves competency frameworks between systems), so
 * that learning and e-portfolio systems can load its KSBs.
 *
 * <pre>{@code
 * String json = CaseExport.toJson(Standards.bundled().get("ST0007"));
 * }</pre>
 *
 * <p>What the package holds, for one version of one standard:
 *
 * <ul>
 *   <li>one {@code CFDocument}: the standard ({@code title}, {@code version},
 *       {@code adoptionStatus} = its status, {@code subject} = its route, {@code statusStartDate}
 *       and {@code statusEndDate} = its earliest and latest start dates, {@code creator} = Skills
 *       England, {@code officialSourceURL} = the web address of the first CONFIRMED source its
 *       title is cited to, when that has one, and {@code notes} that list its sources);
 *   <li>one {@code CFItem} per KSB: {@code humanCodingScheme} = the code, {@code CFItemType} =
 *       {@code Knowledge}, {@code Skill} or {@code Behaviour}, {@code fullStatement} = the
 *       statement, {@code conceptKeywords} = the theme, {@code listEnumeration} = the number, the
 *       publisher's GUID under {@code extensions}, and the source status of the statement and theme
 *       in {@code notes};
 *   <li>grouping items ({@code CFItemType} {@code Grouping}) for the knowledge, the skills and the
 *       behaviours, and, when the standard has them, for its duties ({@code CFItemType}
 *       {@code Duty}), options ({@code Option}) and end-point assessment methods
 *       ({@code Assessment method}), with an item for each;
 *   <li>an {@code isChildOf} association from every item to its group, and from every group to
 *       the document, with {@code sequenceNumber} giving the order from 1;
 *   <li>{@code ext:assessesKsb} associations from
 *       each assessment method to each KSB it assesses, with the source status of that mapping in
 *       {@code notes};
 *       {@code ext:mapsKsb} associations from each
 *       duty to each KSB it maps, and
 *       {@code ext:belongsToOption} from each duty to
 *       each option it belongs to.
 * </ul>
 *
 * <p>Themes are not grouping items: they are a second way of grouping KSBs that the official page
 * does not always give (for ST0007 some are assumed), and a KSB under both a type and a theme would
 * have two parents, which many CASE tools show twice. Each KSB carries its theme as a concept
 * keyword instead.
 *
 * <p>The output is deterministic: the same standard gives the same bytes. Every identifier is the
 * lowercase name-based UUID (version 5, SHA-1) of a name made from the reference, the version and
 * the code, in the namespace {@link #NAMESPACE}: {@code ST0007/1.1} for the document,
 * {@code ST0007/1.1/K9} for a KSB, {@code ST0007/1.1/D1} for a duty,
 * {@code ST0007/1.1/group/K} (also {@code S}, {@code B}, {@code duties}, {@code options},
 * {@code methods}) for a group, {@code ST0007/1.1/option/ID} and {@code ST0007/1.1/method/ID}, and
 * for an association the names of its two ends around its type
 * ({@code ST0007/1.1/K9 isChildOf ST0007/1.1/group/K}). Every {@code lastChangeDateTime} is the
 * latest day a source of the standard was read (the first of the month where only the month is
 * known), else its earliest start date, else {@code 1970-01-01}, at midnight UTC: no clock is read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseExport {
  /**
   * The namespace of every identifier: {@code 3e6ef553-c3a3-5089-85c2-ec5c1083c48e}, the version 5
   * UUID of the name {@code urn:org.apprenticeship.standard:case} in the URL namespace of RFC 9562.
   */
  public static final UUID NAMESPACE = CasePackage.NAMESPACE;

  /** The default start of every {@code uri}: {@code urn:uuid:}, so that a URI names its UUID. */
  public static final String URN_PREFIX = "urn:uuid:";

  private CaseExport() {}

  /**
   * Exports a standard as a CASE 1.1 package whose URIs are {@code urn:uuid:} URNs.
   *
   * @param standard the standard; not null
   * @return the package as JSON, indented by two spaces with {@code \n} line ends; not null
   * @throws NullPointerException if {@code standard} is null
   * @throws InvalidDataException if the standard has errors (see {@link Standards#validate(Standard)})
   */
  public static String toJson(Standard standard) {
    return toJson(standard, URN_PREFIX);
  }

  /**
   * Exports a standard as a CASE 1.1 package whose URIs are a prefix followed by the identifier,
   * for a server that will serve each object at its URI.
   *
   * @param standard the standard; not null
   * @param uriPrefix what goes before an identifier to make its URI, such as
   *     {@code https://case.example.org/uri/}; not null
   * @return the package as JSON, indented by two spaces with {@code \n} line ends; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the prefix followed by an identifier is not an absolute URI
   * @throws InvalidDataException if the standard has errors (see {@link Standards#validate(Standard)})
   */
  public static String toJson(Standard standard, String uriPrefix) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(uriPrefix, "uriPrefix");
    if (!isAbsoluteUri(uriPrefix + NAMESPACE)) {
      throw new IllegalArgumentException("the URI prefix \"" + uriPrefix + "\" followed by an identifier is not an absolute URI;"
          + " use one such as https://case.example.org/uri/ or " + URN_PREFIX);
    }
    Standard valid = Standards.validate(standard).orElseThrow("the standard " + standard.reference() + " " + standard.version());
    return JsonSupport.pretty(CasePackage.of(valid, uriPrefix));
  }

  private static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
