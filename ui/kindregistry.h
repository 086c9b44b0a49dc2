#pragma once

#include "api/apierror.h"
#include "drafts/draftkindrules.h"
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
class DraftSender;
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

// One section of the sidebar.
struct SectionType
{
    Section key;
    const char *title = nullptr;       // QT_TRANSLATE_NOOP("Section", ...)
    const char *description = nullptr; // QT_TRANSLATE_NOOP("Section", ...), for tooltips
    QString icon;                      // a bundled icon name (Icons::icon)
    // The API family whose client the pane uses; nullopt: one pane serves every account.
    std::optional<ApiFamily> family;
    QStringList aliases;               // other keys --section accepts
    // Builds the pane (owned by the caller); null: a placeholder saying comingText.
    std::function<SectionPane *(const PaneContext &context, QWidget *parent)> createPane;
    const char *comingText = nullptr;  // QT_TRANSLATE_NOOP("Section", ...)
};

// What a form factory is given.
struct FormContext
{
    AccountClient *client = nullptr; // the account client that sends the draft; never null
    DraftStore *drafts = nullptr;    // for cached reference lists; null when drafts cannot be kept
};

// One kind of draft: what edits it, what sends it, and where it belongs.
struct DraftKindType
{
    QString key;                 // a DraftKind key, stored in drafts and exports
    const char *title = nullptr; // QT_TRANSLATE_NOOP("Draft", ...)
    Section section;             // whose icon its documents take
    ApiFamily family = ApiFamily::Properties; // the account client that sends it
    std::function<std::unique_ptr<DraftSender>(AccountClient *client)> createSender;
    // A new, empty form (parentless when parent is null); the binding fills and wires it.
    std::function<DraftForm *(const FormContext &context, QWidget *parent)> createForm;
    // The same kind for clients of other families too, each with its section (a purchase
    // is made on Twilio and on SignalWire alike).
    QList<std::pair<ApiFamily, Section>> alsoFor = {};
    // What its drafts keep when copied, moved or imported (DraftStore::setKindRules).
    DraftKindRules rules = {};

    bool isSentBy(ApiFamily f) const
    {
        return f == family
               || std::any_of(alsoFor.begin(), alsoFor.end(), [f](const auto &p) { return p.first == f; });
    }
    // The section that shows what a client of family `f` sent.
    Section sectionFor(ApiFamily f) const
    {
        for (const auto &[other, otherSection] : alsoFor) {
            if (other == f)
                return otherSection;
        }
        return section;
    }
};

// The one list of sections and draft kinds (Qt Creator's IEditorFactory list). The main
// window, the document binding and the app controller iterate it and name no concrete
// kind; ui/kinds.cpp is the only place that names every built-in one. Adding a kind is a
// draft type, a sender, a form, one addKind() line there, and its tests.
//
//     KindRegistry kinds = KindRegistry::builtIn();            // a copy, for a test
//     kinds.addKind({u"note"_s, "Note", Section::Properties, ApiFamily::Properties,
//                    [](AccountClient *c) { return std::make_unique<NoteSender>(c); },
//                    [](const FormContext &c, QWidget *p) { return new NoteForm(c.client, p); }});
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
