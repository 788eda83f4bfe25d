package org.apprenticeship.standard.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apprenticeship.standard.model.Duty;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardOption;

/**
 * Writes a standard as the public apprenticeship standards API publishes one (see
 * {@code ifate-api-format.md}), for tests that import it back. Ids are made from the codes, so they
 * are unique; the version is written as a number when it is one, as older records do.
 */
final class ApiRecords {
  private ApiRecords() {}

  static ObjectNode of(Standard standard) {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("referenceNumber", standard.reference());
    record.put("title", standard.title());
    if (standard.version().matches("[0-9]+\\.[0-9]+")) {
      record.put("version", new java.math.BigDecimal(standard.version()));
    } else {
      record.put("version", standard.version());
    }
    record.put("larsCode", 1234);
    record.put("level", standard.level());
    record.put("status", standard.status());
    record.put("route", standard.route());
    standard.typicalDurationMonths().ifPresent(m -> record.put("typicalDuration", m));
    standard.maxFundingPounds().ifPresent(p -> record.put("maxFunding", p));
    standard.earliestStartDate().ifPresent(d -> record.put("earliestStartDate", d + "T00:00:00"));
    standard.latestStartDate().ifPresent(d -> record.put("latestStartDate", d + "T00:00:00"));
    ArrayNode options = record.putArray("options");
    for (StandardOption option : standard.options()) {
      options.addObject().put("optionId", option.id()).put("title", option.title());
    }
    ksbs(record.putArray("knowledges"), "knowledgeId", standard.ksbs(KsbType.KNOWLEDGE));
    ksbs(record.putArray("skills"), "skillId", standard.ksbs(KsbType.SKILL));
    ksbs(record.putArray("behaviours"), "behaviourId", standard.ksbs(KsbType.BEHAVIOUR));
    ArrayNode duties = record.putArray("duties");
    for (Duty duty : standard.duties()) {
      ObjectNode item = duties.addObject()
          .put("dutyID", "duty-" + duty.code())
          .put("dutyDetail", duty.statement())
          .put("isThisACoreDuty", duty.core() ? 1 : 0);
      mapped(item.putArray("mappedKnowledge"), duty, 'K');
      mapped(item.putArray("mappedSkills"), duty, 'S');
      mapped(item.putArray("mappedBehaviour"), duty, 'B');
      ArrayNode mappedOptions = item.putArray("mappedOptions");
      duty.options().forEach(mappedOptions::add);
    }
    return record;
  }

  private static void ksbs(ArrayNode list, String idField, List<Ksb> ksbs) {
    for (Ksb ksb : ksbs) {
      list.addObject().put(idField, id(ksb.code())).put("detail", ksb.statement());
    }
  }

  private static void mapped(ArrayNode list, Duty duty, char letter) {
    duty.ksbs().stream().filter(code -> code.charAt(0) == letter).map(ApiRecords::id).forEach(list::add);
  }

  private static String id(String code) {
    return "ksb-" + code;
  }
}
