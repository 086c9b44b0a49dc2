// The only place that names every built-in section and kind of draft. The shell (main
// window, document binding, app controller) iterates the registry filled here.
#include "kindregistry.h"

#include "api/account.h"
#include "api/accountclient.h"
#include "broadcast/broadcastform.h"
#include "broadcast/broadcastpane.h"
#include "broadcast/broadcastsender.h"
#include "documentdrafts.h"
#include "draftform.h"
#include "drafts/draftspane.h"
#include "drafts/propertydraftsender.h"
#include "numbers/numbereditsender.h"
#include "numbers/numberform.h"
#include "numbers/numberspane.h"
#include "numbers/purchasedraft.h"
#include "numbers/purchaseform.h"
#include "numbers/purchasesender.h"
#include "placeholderpane.h"
#include "properties/propertiespane.h"
#include "properties/propertyform.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

void registerBuiltInKinds(KindRegistry &r)
{
    r.addSection({Section::Properties, QT_TRANSLATE_NOOP("Section", "Properties"),
                  QT_TRANSLATE_NOOP("Section", "Properties hold the account's numbers and settings."),
                  u"section-properties"_s, ApiFamily::Properties, {},
                  [](const PaneContext &c, QWidget *parent) -> SectionPane * {
                      return new PropertiesPane(c.client, parent);
                  },
                  nullptr});
    r.addSection({Section::Broadcast, QT_TRANSLATE_NOOP("Section", "Broadcast projects"),
                  QT_TRANSLATE_NOOP("Section", "Bulk SMS and MMS projects that send from a pool of numbers."),
                  u"section-broadcast"_s, ApiFamily::Broadcast, {},
                  [](const PaneContext &c, QWidget *parent) -> SectionPane * {
                      return new BroadcastPane(c.client, c.drafts, parent);
                  },
                  nullptr});
    const auto numbersPane = [](const PaneContext &c, QWidget *parent) -> SectionPane * {
        return new NumbersPane(c.account, c.client, c.drafts, c.documents, parent);
    };
    r.addSection({Section::TwilioNumbers, QT_TRANSLATE_NOOP("Section", "Numbers (Twilio)"),
                  QT_TRANSLATE_NOOP("Section", "Phone numbers bought and configured on Twilio."),
                  u"section-numbers"_s, ApiFamily::Twilio, {u"numbers"_s, u"twilio"_s},
                  numbersPane, nullptr});
    r.addSection({Section::SignalWireNumbers, QT_TRANSLATE_NOOP("Section", "Numbers (SignalWire)"),
                  QT_TRANSLATE_NOOP("Section", "Phone numbers bought and configured on SignalWire."),
                  u"section-numbers"_s, ApiFamily::SignalWire, {u"signalwire"_s}, numbersPane,
                  nullptr});
    r.addSection({Section::Drafts, QT_TRANSLATE_NOOP("Section", "Drafts"),
                  QT_TRANSLATE_NOOP("Section", "Forms saved as you type, sent through the outbox when online."),
                  u"section-drafts"_s, std::nullopt, {},
                  [](const PaneContext &c, QWidget *parent) -> SectionPane * {
                      if (c.drafts) {
                          auto *pane = new DraftsPane(c.drafts, parent);
                          pane->setKindTitles(c.kinds->kindTitles());
                          for (const DraftKindType &kind : c.kinds->kinds()) {
                              if (!kind.createForm || !c.documents)
                                  continue;
                              DocumentDrafts *documents = c.documents;
                              pane->setOpener(kind.key, [documents](const Draft &d) -> QWidget * {
                                  return documents->open(d);
                              });
                          }
                          return pane;
                      }
                      return new PlaceholderPane(
                          c.kinds->sectionIcon(Section::Drafts),
                          c.kinds->sectionTitle(Section::Drafts),
                          QCoreApplication::translate(
                              "Section", "Drafts cannot be kept: the drafts database could not "
                                         "be opened. Forms still work, but what you type is not "
                                         "saved."),
                          parent);
                  },
                  nullptr});

    r.addKind({DraftKind::Property, QT_TRANSLATE_NOOP("Draft", "Property"), Section::Properties,
               ApiFamily::Properties,
               [](AccountClient *client) { return std::make_unique<PropertyDraftSender>(client); },
               [](const FormContext &, QWidget *parent) -> DraftForm * {
                   return new PropertyForm(parent);
               }});
    r.addKind({DraftKind::NumberEdit, QT_TRANSLATE_NOOP("Draft", "Number change"),
               Section::TwilioNumbers, ApiFamily::Twilio,
               [](AccountClient *client) { return std::make_unique<NumberEditSender>(client); },
               [](const FormContext &c, QWidget *parent) -> DraftForm * {
                   return new NumberForm(c.client->family(), parent);
               },
               {{ApiFamily::SignalWire, Section::SignalWireNumbers}}});
    r.addKind({DraftKind::Purchase, QT_TRANSLATE_NOOP("Draft", "Number purchase"),
               Section::TwilioNumbers, ApiFamily::Twilio,
               [](AccountClient *client) { return std::make_unique<PurchaseSender>(client); },
               [](const FormContext &c, QWidget *parent) -> DraftForm * {
                   return new PurchaseForm(c.client, parent);
               },
               {{ApiFamily::SignalWire, Section::SignalWireNumbers}}, purchaseKindRules()});
    r.addKind({DraftKind::Broadcast, QT_TRANSLATE_NOOP("Draft", "Broadcast project"),
               Section::Broadcast, ApiFamily::Broadcast,
               [](AccountClient *client) { return std::make_unique<BroadcastSender>(client); },
               [](const FormContext &c, QWidget *parent) -> DraftForm * {
                   return new BroadcastForm(c.client, c.drafts, parent);
               }});
}
