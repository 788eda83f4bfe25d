package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.Duty;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.SourceStatus;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardOption;

/**
 * Builds the 1EdTech CASE 1.1 package (CFPackage) of one version of a standard; {@code CaseExport}
 * documents the mapping. Everything in it comes from the standard: no clock, no random number, no
 * hash map order.
 */
public final class CasePackage {
  /** The namespace of every identifier: the version 5 UUID of this name in the URL namespace. */
  public static final UUID NAMESPACE = NameBasedUuid.v5(NameBasedUuid.URL_NAMESPACE, "urn:org.apprenticeship.standard:case");
  /** The association type of an assessment method to a KSB it assesses. */
  public static final String ASSESSES = "ext:assessesKsb";
  /** The association type of a duty to a KSB it maps. */
  public static final String MAPS = "ext:mapsKsb";
  /** The association type of a duty to an option it belongs to. */
  public static final String BELONGS = "ext:belongsToOption";
  /** The organisation that publishes every apprenticeship standard in England. */
  static final String CREATOR = "Skills England (formerly the Institute for Apprenticeships and Technical Education)";
  private static final String IS_CHILD_OF = "isChildOf";
  private static final Map<SourceStatus, String> MEANING = Map.of(
      SourceStatus.CONFIRMED, "read on the official standard",
      SourceStatus.SECONDARY, "restated by an assessment organisation or a provider",
      SourceStatus.ASSUMED, "modelled, not confirmed");

  /** One node of the package: its name, the identifier made from the name, and the title that links to it show. */
  private static final class Node {
    final String name;
    final String identifier;
    final String title;

    Node(String name, String title) {
      this.name = name;
      this.identifier = NameBasedUuid.v5(NAMESPACE, name).toString();
      this.title = title;
    }
  }

  private final Standard standard;
  private final String uriPrefix;
  private final String changed;
  private final ObjectNode root = JsonSupport.mapper().createObjectNode();
  private final ArrayNode items;
  private final ArrayNode associations;
  private final Set<String> associationIds = new HashSet<>();
  private final Map<String, Node> ksbs = new HashMap<>();
  private final Map<String, Node> options = new HashMap<>();
  private Node document;
  private int groups;

  private CasePackage(Standard standard, String uriPrefix) {
    this.standard = standard;
    this.uriPrefix = uriPrefix;
    this.changed = lastChange(standard) + "T00:00:00Z";
    document();
    items = root.putArray("CFItems");
    associations = root.putArray("CFAssociations");
  }

  /**
   * The package of a standard.
   *
   * @param standard a valid standard: every code a duty or method names exists
   * @param uriPrefix what goes before an identifier to make its {@code uri}
   */
  public static ObjectNode of(Standard standard, String uriPrefix) {
    CasePackage casePackage = new CasePackage(standard, uriPrefix);
    casePackage.tree();
    casePackage.mappings();
    return casePackage.root;
  }

  /**
   * The date of every {@code lastChangeDateTime}: the latest day a source was read (the first of
   * the month where only the month is known); else the earliest start date; else 1970-01-01.
   */
  static LocalDate lastChange(Standard standard) {
    Optional<LocalDate> read = standard.sources().stream()
        .map(Source::dateRead).flatMap(Optional::stream)
        .map(date -> LocalDate.parse(date.length() == 7 ? date + "-01" : date))
        .max(Comparator.naturalOrder());
    return read.or(standard::earliestStartDate).orElse(LocalDate.EPOCH);
  }

  private void document() {
    document = node("", standard.title());
    ObjectNode doc = root.putObject("CFDocument");
    doc.put("identifier", document.identifier);
    doc.put("uri", uri(document));
    doc.put("frameworkType", "Apprenticeship standard");
    doc.put("caseVersion", "1.1");
    doc.put("creator", CREATOR);
    doc.put("title", standard.title());
    doc.put("lastChangeDateTime", changed);
    officialSource().ifPresent(url -> doc.put("officialSourceURL", url));
    doc.put("description", "Apprenticeship standard " + standard.reference() + " " + standard.title() + ", version "
        + standard.version() + ", level " + standard.level() + ", route " + standard.route() + "."
        + standard.occupation().map(o -> " " + o.summary()).orElse(""));
    doc.putArray("subject").add(standard.route());
    doc.put("language", "en");
    doc.put("version", standard.version());
    doc.put("adoptionStatus", standard.status());
    standard.earliestStartDate().ifPresent(d -> doc.put("statusStartDate", d.toString()));
    standard.latestStartDate().ifPresent(d -> doc.put("statusEndDate", d.toString()));
    doc.put("notes", documentNotes());
  }

  /**
   * The address of the first CONFIRMED source, among those the standard's title is cited to, that
   * has a web address: the standard's own page, not a page about its funding.
   */
  private Optional<String> officialSource() {
    List<String> titleSources = standard.citationFor("$.title").map(Citation::sources).orElse(List.of());
    return standard.sources().stream()
        .filter(s -> s.status() == SourceStatus.CONFIRMED && titleSources.contains(s.id()))
        .map(Source::url).flatMap(Optional::stream)
        .filter(CasePackage::isWebAddress)
        .findFirst();
  }

  private static boolean isWebAddress(String url) {
    try {
      String scheme = URI.create(url).getScheme();
      return "https".equals(scheme) || "http".equals(scheme);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String documentNotes() {
    StringBuilder notes = new StringBuilder()
        .append("Exported by the org.apprenticeship.standard library. Identifiers are name-based UUIDs (version 5, SHA-1) of names such as ")
        .append(name("K1")).append(" in the namespace ").append(NAMESPACE)
        .append(", so every export of the same data is the same. Each fact has a source status: ");
    for (SourceStatus status : List.of(SourceStatus.CONFIRMED, SourceStatus.SECONDARY, SourceStatus.ASSUMED)) {
      notes.append(status).append(" (").append(MEANING.get(status)).append(status == SourceStatus.ASSUMED ? "). " : "), ");
    }
    List<String> fields = new ArrayList<>();
    for (String[] field : new String[][] {{"title", "$.title"}, {"version", "$.version"}, {"adoptionStatus", "$.status"},
        {"subject", "$.route"}, {"statusStartDate", "$.earliestStartDate"}, {"statusEndDate", "$.latestStartDate"}}) {
      standard.statusOf(field[1]).ifPresent(status -> fields.add(field[0] + " " + status));
    }
    if (!fields.isEmpty()) {
      notes.append("Source status of this document's fields: ").append(String.join(", ", fields)).append(". ");
    }
    notes.append("Items and associations give theirs in their notes.");
    if (!standard.sources().isEmpty()) {
      notes.append(" Sources:");
      for (Source source : standard.sources()) {
        notes.append("\n").append(source.id()).append(" ").append(source.status()).append(": ").append(source.title())
            .append(source.url().map(url -> ", " + url).orElse(""))
            .append(source.dateRead().map(date -> " (read " + date + ")").orElse(""));
      }
    }
    return notes.toString();
  }

  /** The items under the document, each with its isChildOf association, in the standard's order. */
  private void tree() {
    groupOfKsbs(KsbType.KNOWLEDGE, "Knowledge", "Knowledge");
    groupOfKsbs(KsbType.SKILL, "Skills", "Skill");
    groupOfKsbs(KsbType.BEHAVIOUR, "Behaviours", "Behaviour");
    if (!standard.duties().isEmpty()) {
      Node group = group("group/duties", "Duties");
      int position = 0;
      for (Duty duty : standard.duties()) {
        Node node = node(duty.code(), duty.code());
        ObjectNode item = item(node, duty.statement(), duty.code(), "Duty", ++position);
        notes(item, "Statement", "$.duties[" + duty.code() + "].statement");
        ObjectNode extensions = item.putObject("extensions").put("core", duty.core());
        duty.guid().ifPresent(guid -> extensions.put("guid", guid));
        isChildOf(node, group, position);
      }
    }
    if (!standard.options().isEmpty()) {
      Node group = group("group/options", "Options");
      int position = 0;
      for (StandardOption option : standard.options()) {
        Node node = node("option/" + option.id(), option.title());
        options.put(option.id(), node);
        item(node, option.title(), null, "Option", ++position).putObject("extensions").put("id", option.id());
        isChildOf(node, group, position);
      }
    }
    standard.assessmentPlan().ifPresent(plan -> {
      Node group = group("group/methods", "End-point assessment methods");
      int position = 0;
      for (AssessmentMethod method : plan.methods()) {
        Node node = node("method/" + method.id(), method.name());
        ObjectNode item = item(node, method.name(), method.id(), "Assessment method", ++position);
        notes(item, "Method", "$.assessmentPlan.methods[" + method.id() + "]");
        isChildOf(node, group, position);
      }
    });
  }

  private void groupOfKsbs(KsbType type, String title, String itemType) {
    List<Ksb> ofType = standard.ksbs(type);
    if (ofType.isEmpty()) {
      return;
    }
    Node group = group("group/" + type.letter(), title);
    int position = 0;
    for (Ksb ksb : ofType) {
      Node node = node(ksb.code(), ksb.code());
      ksbs.put(ksb.code(), node);
      ObjectNode item = item(node, ksb.statement(), ksb.code(), itemType, ++position);
      ksb.theme().ifPresent(theme -> item.putArray("conceptKeywords").add(theme));
      notes(item, "Statement", "$.ksbs[" + ksb.code() + "].statement", "Theme", ksb.theme().isPresent() ? "$.ksbs[" + ksb.code() + "].theme" : null);
      ksb.guid().ifPresent(guid -> item.putObject("extensions").put("guid", guid));
      isChildOf(node, group, position);
    }
  }

  /** The associations that the tree does not carry: duties to KSBs and options, methods to KSBs. */
  private void mappings() {
    for (Duty duty : standard.duties()) {
      Node node = node(duty.code(), duty.code());
      List<Node> mapped = duty.ksbs().stream().map(ksbs::get).collect(Collectors.toList());
      associate(node, MAPS, mapped, null);
      associate(node, BELONGS, duty.options().stream().map(options::get).collect(Collectors.toList()), null);
    }
    standard.assessmentPlan().ifPresent(plan -> {
      for (AssessmentMethod method : plan.methods()) {
        String path = "$.assessmentPlan.methods[" + method.id() + "].ksbs";
        String note = standard.statusOf(path).map(s -> "Which KSBs the method assesses: " + describe(s) + ".").orElse(null);
        associate(node("method/" + method.id(), method.name()), ASSESSES,
            method.ksbs().stream().map(ksbs::get).collect(Collectors.toList()), note);
      }
    });
  }

  private Node group(String name, String title) {
    Node node = node(name, title);
    item(node, title, null, "Grouping", ++groups);
    isChildOf(node, document, groups);
    return node;
  }

  private ObjectNode item(Node node, String fullStatement, String code, String type, int position) {
    ObjectNode item = items.addObject();
    item.put("identifier", node.identifier);
    item.put("fullStatement", fullStatement);
    if (code != null) {
      item.put("humanCodingScheme", code);
    }
    item.put("CFItemType", type);
    item.put("uri", uri(node));
    item.put("listEnumeration", String.valueOf(position));
    item.put("language", "en");
    item.put("lastChangeDateTime", changed);
    return item;
  }

  private void isChildOf(Node child, Node parent, int sequence) {
    association(child, IS_CHILD_OF, parent, sequence, null);
  }

  /** Associations from one origin to each destination in order, numbered from 1; a repeated destination is left out. */
  private void associate(Node origin, String type, List<Node> destinations, String note) {
    int sequence = 0;
    for (Node destination : destinations) {
      association(origin, type, destination, ++sequence, note);
    }
  }

  private void association(Node origin, String type, Node destination, int sequence, String note) {
    String identifier = new Node(origin.name + " " + type + " " + destination.name, "").identifier;
    if (!associationIds.add(identifier)) {
      return;
    }
    ObjectNode association = associations.addObject();
    association.put("identifier", identifier);
    association.put("associationType", type);
    association.put("sequenceNumber", sequence);
    association.put("uri", uriPrefix + identifier);
    association.set("originNodeURI", link(origin));
    association.set("destinationNodeURI", link(destination));
    association.put("lastChangeDateTime", changed);
    if (note != null) {
      association.put("notes", note);
    }
  }

  private ObjectNode link(Node node) {
    ObjectNode link = JsonSupport.mapper().createObjectNode();
    link.put("title", node.title);
    link.put("identifier", node.identifier);
    link.put("uri", uri(node));
    return link;
  }

  /** Notes that give the source status of facts: pairs of a label and a citation path (null to leave the pair out). */
  private void notes(ObjectNode item, String... labelsAndPaths) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < labelsAndPaths.length; i += 2) {
      String label = labelsAndPaths[i];
      Optional.ofNullable(labelsAndPaths[i + 1]).flatMap(standard::statusOf)
          .ifPresent(status -> parts.add(label + ": " + describe(status) + "."));
    }
    if (!parts.isEmpty()) {
      item.put("notes", String.join(" ", parts));
    }
  }

  private static String describe(SourceStatus status) {
    return status + " (" + MEANING.get(status) + ")";
  }

  private Node node(String name, String title) {
    return new Node(name(name), title);
  }

  /** The name of a node: the standard's reference and version, and the node's own name ({@code ST0007/1.1/K9}). */
  private String name(String own) {
    String standardName = standard.reference() + "/" + standard.version();
    return own.isEmpty() ? standardName : standardName + "/" + own;
  }

  private String uri(Node node) {
    return uriPrefix + node.identifier;
  }
}
