// The only place that names every built-in sender of drafts.
#include "senderregistry.h"

#include "broadcast/broadcastsender.h"
#include "numbers/numbereditsender.h"
#include "numbers/numberrelease.h"
#include "numbers/purchasedraft.h"
#include "numbers/purchasesender.h"
#include "propertydraftsender.h"

void registerBuiltInSenders(SenderRegistry &r)
{
    r.add(DraftKind::Property,
          [](AccountClient *c) { return std::make_unique<PropertyDraftSender>(c); });
    r.add(DraftKind::NumberEdit,
          [](AccountClient *c) { return std::make_unique<NumberEditSender>(c); });
    r.add(DraftKind::NumberRelease,
          [](AccountClient *c) { return std::make_unique<NumberReleaseSender>(c); });
    r.add(DraftKind::Purchase, [](AccountClient *c) { return std::make_unique<PurchaseSender>(c); },
          purchaseKindRules());
    r.add(DraftKind::Broadcast,
          [](AccountClient *c) { return std::make_unique<BroadcastSender>(c); });
}
