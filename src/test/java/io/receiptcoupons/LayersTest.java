package io.receiptcoupons;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.receiptcoupons.campaign.engine.DroolsEngine;

/** The layers of docs/architecture.md: each imports only those below it, and no package cycles. */
@AnalyzeClasses(
    packages = "io.receiptcoupons",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

  private static final String ENTRY = "Entry points";
  private static final String TOOLS = "Tools";
  private static final String FEATURES = "Features";
  private static final String CAMPAIGNS = "Campaign model and engine";
  private static final String FACTS = "Products and shoppers";
  private static final String SYSTEM = "System";

  @ArchTest
  static final ArchRule layersImportOnlyDownwards =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer(ENTRY)
          .definedBy("..receiptcoupons.api..", "..receiptcoupons.cli..", "..receiptcoupons.app..")
          .layer(TOOLS)
          .definedBy(
              "..receiptcoupons.authoring..",
              "..receiptcoupons.simulate..",
              "..receiptcoupons.explain..",
              "..receiptcoupons.imports..",
              "..receiptcoupons.preview..",
              "..receiptcoupons.retention..")
          .layer(FEATURES)
          .definedBy(
              "..receiptcoupons.checkout..",
              "..receiptcoupons.redemption..",
              "..receiptcoupons.issuance..",
              "..receiptcoupons.coupon..",
              "..receiptcoupons.partner..",
              "..receiptcoupons.member..",
              "..receiptcoupons.ledger..")
          .layer(CAMPAIGNS)
          .definedBy("..receiptcoupons.campaign..")
          .layer(FACTS)
          .definedBy("..receiptcoupons.product..", "..receiptcoupons.shopper..")
          .layer(SYSTEM)
          .definedBy("..receiptcoupons.system..")
          .whereLayer(ENTRY)
          .mayNotBeAccessedByAnyLayer()
          .whereLayer(TOOLS)
          .mayOnlyBeAccessedByLayers(ENTRY)
          .whereLayer(FEATURES)
          .mayOnlyBeAccessedByLayers(ENTRY, TOOLS)
          .whereLayer(CAMPAIGNS)
          .mayOnlyBeAccessedByLayers(ENTRY, TOOLS, FEATURES)
          .whereLayer(FACTS)
          .mayOnlyBeAccessedByLayers(ENTRY, TOOLS, FEATURES, CAMPAIGNS);

  @ArchTest
  static final ArchRule noTwoPackagesImportEachOther =
      slices().matching("io.receiptcoupons.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheEngineWrapperUsesDrools =
      noClasses()
          .that()
          .doNotBelongToAnyOf(DroolsEngine.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.drools..", "org.kie..");

  @ArchTest
  static final ArchRule onlyTheStoreUsesRedisOrMvStore =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.receiptcoupons.system.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("redis.clients..", "org.h2..");

  @ArchTest
  static final ArchRule featuresReachTheStoresOnlyThroughTheStoreApi =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.receiptcoupons.system.store..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("io.receiptcoupons.system.store")
                  .and(simpleNameStartingWith("Redis").or(simpleNameStartingWith("Embedded"))));
}
