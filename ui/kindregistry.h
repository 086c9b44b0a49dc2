#pragma once

#include "api/apierror.h"
#include "section.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <utility>
#include <memory>
#include <optional>

class Account;
class AccountClient;
class DocumentDrafts;
class DraftForm;
class DraftStore;
class KindRegistry;
class QWidget;
class SectionPane;

// What a section's pane factory is given.
struct PaneContext
{
    Account *account = nullptr;      // the account whose section it is
    AccountClient *client = nullptr; // the client of the section's family; null when it has none
    DraftStore *drafts = nullptr;    // null when drafts cannot be kept
    const KindRegistry *kinds = nullptr;
    DocumentDrafts *documents = nullptr; // opens a draft's form (DocumentDrafts::open)
};

// One section of the sidebar, registered by named calls:
//
//     r.addSection(SectionType(Section::Properties, QT_TRANSLATE_NOOP("Section", "Properties"))
//                      .describedAs(QT_TRANSLATE_NOOP("Section", "Properties hold…"))
//                      .withIcon(u"section-properties"_s)
//                      .forFamily(ApiFamily::Properties)
//                      .withPane([](const PaneContext &c, QWidget *parent) -> SectionPane * { … }));
struct SectionType
{
    using PaneFactory = std::function<SectionPane *(const PaneContext &context, QWidget *parent)>;
    using Counter = std::function<int(const DraftStore &drafts)>;

    SectionType() = default;
    SectionType(const Section &section, const char *sectionTitle)
        : key(section)
        , title(sectionTitle)
    {
    }
    // QT_TRANSLATE_NOOP("Section", ...), for tooltips.
    SectionType &describedAs(const char *text) { description = text; return *this; }
    // A bundled icon name (Icons::icon).
    SectionType &withIcon(const QString &name) { icon = name; return *this; }
    // The API family whose client the pane uses; without one, a pane serves every account.
    SectionType &forFamily(ApiFamily f) { family = f; return *this; }
    // Listed once in the sidebar, under no account (its pane serves every account, and has
    // no family); not among any account's sections.
    SectionType &acrossAccounts() { topLevel = true; return *this; }
    // Other keys --section accepts.
    SectionType &alsoCalled(const QStringList &keys) { aliases = keys; return *this; }
    // Builds the pane (owned by the caller); without one, a placeholder says comingText.
    SectionType &withPane(PaneFactory factory) { createPane = std::move(factory); return *this; }
    SectionType &comingSoon(const char *text) { comingText = text; return *this; }
    // A number beside the title in the sidebar ("Drafts (3)"), counted from the drafts each
    // time they change, whether the pane was ever shown or not; 0 shows none.
    SectionType &countedBy(Counter counter) { count = std::move(counter); return *this; }

    Section key;
    const char *title = nullptr;       // QT_TRANSLATE_NOOP("Section", ...)
    const char *description = nullptr;
    QString icon;
    std::optional<ApiFamily> family;
    bool topLevel = false;
    QStringList aliases;
    PaneFactory createPane;
    const char *comingText = nullptr;  // QT_TRANSLATE_NOOP("Section", ...)
    Counter count;
};

// What a form factory is given.
struct FormContext
{
    AccountClient *client = nullptr; // the account client that sends the draft; never null
    DraftStore *drafts = nullptr;    // for cached reference lists; null when drafts cannot be kept
};

// One kind of draft: what edits it and where it belongs, registered by named calls. What
// sends it is the models' business (SenderRegistry); the app gives the outbox of every
// account client of a family the kind is shown for its sender.
//
//     r.addKind(DraftKindType(DraftKind::Purchase, QT_TRANSLATE_NOOP("Draft", "Number purchase"))
//                   .shownIn(ApiFamily::Twilio, Section::TwilioNumbers)
//                   .shownIn(ApiFamily::SignalWire, Section::SignalWireNumbers)
//                   .withForm([](const FormContext &c, QWidget *parent) -> DraftForm * { … }));
struct DraftKindType
{
    using FormFactory = std::function<DraftForm *(const FormContext &context, QWidget *parent)>;

    DraftKindType() = default;
    DraftKindType(const QString &kindKey, const char *kindTitle)
        : key(kindKey)
        , title(kindTitle)
    {
    }
    // Drafts of this kind are sent by clients of family f, and what they create shows in
    // `in`. The first call names the kind's own family and section.
    DraftKindType &shownIn(ApiFamily f, const Section &in)
    {
        families.append({f, in});
        return *this;
    }
    // A new, empty form (parentless when parent is null); the binding fills and wires it.
    // Without one, drafts of the kind are made by panes (a release) and have no tab.
    DraftKindType &withForm(FormFactory factory)
    {
        createForm = std::move(factory);
        return *this;
    }

    QString key;                 // a DraftKind key, stored in drafts and exports
    const char *title = nullptr; // QT_TRANSLATE_NOOP("Draft", ...)
    QList<std::pair<ApiFamily, Section>> families;
    FormFactory createForm;

    // The family whose client sends it when the asking section does not say.
    ApiFamily family() const { return families.isEmpty() ? ApiFamily::Properties : families.first().first; }
    // Whose icon its documents take.
    Section section() const { return families.isEmpty() ? Section() : families.first().second; }
    bool isSentBy(ApiFamily f) const
    {
        return std::any_of(families.begin(), families.end(), [f](const auto &p) { return p.first == f; });
    }
    // The section that shows what a client of family `f` sent.
    Section sectionFor(ApiFamily f) const
    {
        for (const auto &[other, otherSection] : families) {
            if (other == f)
                return otherSection;
        }
        return section();
    }
};

// The one list of sections and draft kinds (Qt Creator's IEditorFactory list). The main
// window, the document binding and the app controller iterate it and name no concrete
// kind; ui/kinds.cpp is the only place that names every built-in one. Adding a kind is a
// draft type, a sender (one add() line in models/drafts/builtinsenders.cpp), a form, one
// addKind() call there, and its tests.
//
//     KindRegistry kinds = KindRegistry::builtIn();            // a copy, for a test
//     kinds.addKind(DraftKindType(u"note"_s, "Note")
//                       .shownIn(ApiFamily::Properties, Section::Properties)
//                       .withForm([](const FormContext &c, QWidget *p) { return new NoteForm(p); }));
class KindRegistry
{
    Q_DECLARE_TR_FUNCTIONS(KindRegistry)

public:
    // registerBuiltInKinds(), built on first use.
    static const KindRegistry &builtIn();

    // A later registration with the same key replaces the earlier one.
    void addSection(SectionType type);
    void addKind(DraftKindType type);

    QList<SectionType> sections() const { return m_sections; } // sidebar order
    const SectionType *section(const Section &key) const;
    // A key or one of its aliases, case-insensitive.
    std::optional<Section> sectionFromKey(QStringView keyOrAlias) const;
    QStringList sectionKeys() const; // keys, then aliases
    // The sections of an account with these families, in order; family-less ones too.
    QList<Section> sectionsFor(const QList<ApiFamily> &families) const;
    // The sections listed once under no account (acrossAccounts()), in order.
    QList<Section> topLevelSections() const;
    bool hasPane(const Section &key) const;
    QString sectionTitle(const Section &key) const;       // translated; the key if unknown
    QString sectionDescription(const Section &key) const; // translated
    QString comingText(const Section &key) const;         // translated
    QIcon sectionIcon(const Section &key) const;

    QList<DraftKindType> kinds() const { return m_kinds; }
    const DraftKindType *kind(const QString &key) const;
    QStringList kindKeys() const;
    QString kindTitle(const QString &key) const;   // translated; the key if unknown
    QHash<QString, QString> kindTitles() const;    // every kind's title, by key
    // The kinds an account client of this family sends.
    QList<DraftKindType> kindsOf(ApiFamily family) const;

private:
    QList<SectionType> m_sections;
    QList<DraftKindType> m_kinds;
};

// The built-in sections and kinds (ui/kinds.cpp).
void registerBuiltInKinds(KindRegistry &registry);
