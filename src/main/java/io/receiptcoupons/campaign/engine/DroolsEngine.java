package io.receiptcoupons.campaign.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/** The one bean that touches Drools: compiles DRL at run time and evaluates facts against it. */
@ApplicationScoped
public class DroolsEngine {

  private final AtomicLong builds = new AtomicLong();

  /** Compiles DRL into a rule base; throws with Drools' messages when it does not compile. */
  public RuleBase compile(String drl) {
    KieServices ks = KieServices.Factory.get();
    ReleaseId id =
        ks.newReleaseId("io.receiptcoupons", "ruleset", "1.0." + builds.incrementAndGet());
    KieFileSystem files = ks.newKieFileSystem();
    files.generateAndWritePomXML(id);
    files.write("src/main/resources/io/receiptcoupons/rules/campaigns.drl", drl);
    ClassLoader loader = DroolsEngine.class.getClassLoader();
    KieBuilder builder = ks.newKieBuilder(files, loader).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new RuleCompileException(builder.getResults().getMessages().toString());
    }
    KieContainer container = ks.newKieContainer(id, loader);
    // The repository would otherwise keep every reloaded module alive.
    ks.getRepository().removeKieModule(id);
    return new DroolsRuleBase(container);
  }

  private static final class DroolsRuleBase implements RuleBase {
    private final KieContainer container;
    private final KieBase base;
    private final Map<Rule, Integer> campaigns = new IdentityHashMap<>();

    DroolsRuleBase(KieContainer container) {
      this.container = container;
      this.base = container.getKieBase();
      // Read each rule's @campaign once, not on every match.
      base.getKiePackages().forEach(p -> p.getRules().forEach(r -> campaigns.put(r, tag(r))));
    }

    @Override
    public BitSet evaluate(List<Object> facts) {
      // A fresh session per call: pooled sessions reset every node memory, costing more.
      KieSession session = base.newKieSession();
      try {
        for (Object fact : facts) {
          session.insert(fact);
        }
        BitSet matched = new BitSet();
        // Record each match and decline to fire it: no consequence runs at all.
        session.fireAllRules(
            match -> {
              matched.set(campaignOf(match.getRule()));
              return false;
            });
        return matched;
      } finally {
        session.dispose();
      }
    }

    private int campaignOf(Rule rule) {
      Integer index = campaigns.get(rule);
      return index != null ? index : tag(rule);
    }

    private static int tag(Rule rule) {
      return Integer.parseInt(String.valueOf(rule.getMetaData().get("campaign")));
    }

    @Override
    public void close() {
      container.dispose();
    }
  }
}
