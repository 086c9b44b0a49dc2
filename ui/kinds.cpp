// The only place that names every built-in section and kind of draft. The shell (main
// window, document binding, app controller) iterates the registry filled here.
#include "kindregistry.h"

#include "api/accountclient.h"
#include "broadcast/broadcastform.h"
#include "broadcast/broadcastpane.h"
#include "documentdrafts.h"
#include "drafts/draftstore.h"
#include "draftform.h"
#include "drafts/draftspane.h"
#include "numbers/allnumberspane.h"
#include "numbers/numberform.h"
#include "numbers/numberspane.h"
#include "numbers/purchaseform.h"
#include "placeholderpane.h"
#include "properties/propertiespane.h"
#include "properties/propertyform.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

void registerBuiltInKinds(KindRegistry &r)
{
    r.addSection(SectionType(Section::Properties, QT_TRANSLATE_NOOP("Section", "Properties"))
                     .describedAs(QT_TRANSLATE_NOOP("Section", "Properties hold the account's numbers and settings."))
                     .withIcon(u"section-properties"_s)
                     .forFamily(ApiFamily::Properties)
                     .withPane([](const PaneContext &c, QWidget *parent) -> SectionPane * {
                         return new PropertiesPane(c.client, parent);
                     }));
    r.addSection(SectionType(Section::Broadcast, QT_TRANSLATE_NOOP("Section", "Broadcast projects"))
                     .describedAs(QT_TRANSLATE_NOOP("Section", "Bulk SMS and MMS projects that send from a pool of numbers."))
                     .withIcon(u"section-broadcast"_s)
                     .forFamily(ApiFamily::Broadcast)
                     .withPane([](const PaneContext &c, QWidget *parent) -> SectionPane * {
                         return new BroadcastPane(c.client, c.drafts, parent);
                     }));
    const auto numbersPane = [](const PaneContext &c, QWidget *parent) -> SectionPane * {
        return new NumbersPane(c.account, c.client, c.drafts, c.documents, parent);
    };
    r.addSection(SectionType(Section::TwilioNumbers, QT_TRANSLATE_NOOP("Section", "Numbers (Twilio)"))
                     .describedAs(QT_TRANSLATE_NOOP("Section", "Phone numbers bought and configured on Twilio."))
                     .withIcon(u"section-numbers"_s)
                     .forFamily(ApiFamily::Twilio)
                     .alsoCalled({u"numbers"_s, u"twilio"_s})
                     .withPane(numbersPane));
    r.addSection(SectionType(Section::SignalWireNumbers, QT_TRANSLATE_NOOP("Section", "Numbers (SignalWire)"))
                     .describedAs(QT_TRANSLATE_NOOP("Section", "Phone numbers bought and configured on SignalWire."))
                     .withIcon(u"section-numbers"_s)
                     .forFamily(ApiFamily::SignalWire)
                     .alsoCalled({u"signalwire"_s})
                     .withPane(numbersPane));
    r.addSection(SectionType(Section::Drafts, QT_TRANSLATE_NOOP("Section", "Drafts"))
                     .describedAs(QT_TRANSLATE_NOOP("Section", "Forms saved as you type, sent through the outbox when online."))
                     .withIcon(u"section-drafts"_s)
                     // What still waits for the user or the outbox: a draft kept from an
                     // earlier day is found without opening the section.
                     .countedBy([](const DraftStore &drafts) {
                         const QList<Draft> all = drafts.drafts();
                         return int(std::count_if(all.cbegin(), all.cend(), [](const Draft &d) {
                             return d.state != OutboxState::Sent;
                         }));
                     })
                     .withPane([](const PaneContext &c, QWidget *parent) -> SectionPane * {
                         if (!c.drafts) {
                             return new PlaceholderPane(
                                 c.kinds->sectionIcon(Section::Drafts),
                                 c.kinds->sectionTitle(Section::Drafts),
                                 QCoreApplication::translate(
                                     "Section", "Drafts cannot be kept: the drafts database could not "
                                                "be opened. Forms still work, but what you type is not "
                                                "saved."),
                                 parent);
                         }
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
                     }));
    r.addSection(SectionType(Section::AllNumbers, QT_TRANSLATE_NOOP("Section", "All numbers"))
                     .describedAs(QT_TRANSLATE_NOOP("Section", "Every number of every Twilio and SignalWire account, in one table."))
                     .withIcon(u"section-numbers"_s)
                     .acrossAccounts()
                     .withPane([](const PaneContext &c, QWidget *parent) -> SectionPane * {
                         // The accounts' caches are where their Numbers sections keep them.
                         return new AllNumbersPane(c.drafts ? c.drafts->folder() : QString(), parent);
                     }));

    r.addKind(DraftKindType(DraftKind::Property, QT_TRANSLATE_NOOP("Draft", "Property"))
                  .shownIn(ApiFamily::Properties, Section::Properties)
                  .withForm([](const FormContext &, QWidget *parent) -> DraftForm * {
                      return new PropertyForm(parent);
                  }));
    r.addKind(DraftKindType(DraftKind::NumberEdit, QT_TRANSLATE_NOOP("Draft", "Number change"))
                  .shownIn(ApiFamily::Twilio, Section::TwilioNumbers)
                  .shownIn(ApiFamily::SignalWire, Section::SignalWireNumbers)
                  .withForm([](const FormContext &c, QWidget *parent) -> DraftForm * {
                      return new NumberForm(c.client->family(), parent);
                  }));
    // Made by the Numbers section's Release (no form of its own); listed in Drafts while
    // it waits to be sent.
    r.addKind(DraftKindType(DraftKind::NumberRelease, QT_TRANSLATE_NOOP("Draft", "Number release"))
                  .shownIn(ApiFamily::Twilio, Section::TwilioNumbers)
                  .shownIn(ApiFamily::SignalWire, Section::SignalWireNumbers));
    r.addKind(DraftKindType(DraftKind::Purchase, QT_TRANSLATE_NOOP("Draft", "Number purchase"))
                  .shownIn(ApiFamily::Twilio, Section::TwilioNumbers)
                  .shownIn(ApiFamily::SignalWire, Section::SignalWireNumbers)
                  .withForm([](const FormContext &c, QWidget *parent) -> DraftForm * {
                      return new PurchaseForm(c.client, parent);
                  }));
    r.addKind(DraftKindType(DraftKind::Broadcast, QT_TRANSLATE_NOOP("Draft", "Broadcast project"))
                  .shownIn(ApiFamily::Broadcast, Section::Broadcast)
                  .withForm([](const FormContext &c, QWidget *parent) -> DraftForm * {
                      return new BroadcastForm(c.client, c.drafts, parent);
                  }));
}
