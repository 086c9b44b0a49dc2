#pragma once

#include "drafts/draftstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

class AccountClient;
class PropertyForm;
class QWidget;
struct Draft;
struct Property;

// Keeps the forms that panes open as drafts in the DraftStore, so a crash, a closed tab or
// a lost connection loses nothing typed:
//  - a New property form gets its draft on its first change, then every change is saved
//    as the user types (DraftAutosaver); once the property is created the draft is marked
//    Sent with the new SID;
//  - a draft reopened from the Drafts section gets its form back, bound to the same draft,
//    with the server's complaints on their fields; a draft whose form is already open
//    brings that form forward instead of opening a second one.
//
//     DocumentDrafts drafts(store, [](const QString &profileId) { return clientFor(profileId); });
//     connect(pane, &SectionPane::documentOpened, this, [&](QWidget *doc) { drafts.adopt(doc, client); });
//     draftsPane->setOpener(DraftKind::Property, [&](const Draft &d) { return drafts.openProperty(d); });
class DocumentDrafts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentDrafts)

public:
    // The client of an account profile (AccountProfile::id, as drafts record it).
    using ClientLookup = std::function<AccountClient *(const QString &profileId)>;

    DocumentDrafts(DraftStore *store, ClientLookup lookup, QObject *parent = nullptr);
    ~DocumentDrafts() override;

    DraftStore *store() const { return m_store; }

    // A pane opened this document with this client: bind it if it is a form with a draft
    // kind (New property). Others are left alone.
    void adopt(QWidget *document, AccountClient *client);
    // Opener for DraftKind::Property: the open form, or a new one (to be shown by the
    // caller); nullptr if the draft cannot be edited now (queued, sending, sent) or its
    // account is unknown.
    QWidget *openProperty(const Draft &draft);
    // The form editing a draft, if one is open.
    QWidget *openDocument(const QString &draftId) const;
    // The draft a form edits ("" while the form has none yet).
    QString draftId(const QWidget *document) const;
    // The user closed the document's tab: it goes now, or, while its form is still sending,
    // as soon as the answer is in (so the result still reaches the draft and the list).
    void release(QWidget *document);

signals:
    // Saving failed; the form stays open with its content.
    void saveFailed(const QString &message);
    // A form reopened from a draft created its property (new forms tell their pane).
    void propertyCreatedFromDraft(AccountClient *client, const Property &property);

private:
    void bindProperty(PropertyForm *form, AccountClient *client, const QString &draftId);
    void flushOpen(const QString &draftId);
    void closeIfTaken(const QString &draftId);
    void setSubmitting(PropertyForm *form, bool busy);

    QPointer<DraftStore> m_store;
    ClientLookup m_lookup;
    QHash<QString, QPointer<QWidget>> m_open;
    QSet<QString> m_submitting; // drafts their own open form is sending
};
