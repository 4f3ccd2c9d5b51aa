package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.StoreGroups;
import java.util.List;

/** The validated contents of a campaigns directory, with a hash of the files it came from. */
public record CampaignCatalog(
    List<Campaign> campaigns,
    LifestyleScores lifestyleScores,
    StoreGroups storeGroups,
    String contentHash) {}
