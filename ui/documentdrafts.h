#pragma once

#include "drafts/draftstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AccountClient;
class DraftAutosaver;
class DraftForm;
class FormUndo;
class KindRegistry;
class Outbox;
class QWidget;
struct Draft;

// Binds the forms of every registered draft kind to their drafts, so a crash, a closed
// tab or a lost connection loses nothing typed, and every submission goes through the
// account's outbox:
//  - a new form (openNew) gets its draft on its first change; every change is then saved
//    as the user types (DraftAutosaver: a debounce with a maximum wait), and at once on
//    every focus change, tab switch (flushAll) and submit;
//  - while a draft cannot be written (a full disk), its form says so in a lasting banner
//    ("Not saved: the disk is full — free space or export this draft"), the store keeps
//    the content and writes it again every few seconds, and the banner goes once it is
//    written; "Export…" there asks for exportRequested();
//  - Create hands the draft to its account's outbox (Outbox::submitNow), and the form shows
//    each state the store records (sending, waiting, checking, sent, refused, undecided);
//  - a draft reopened from the Drafts section gets its form back, with the server's
//    complaints on their fields; a draft whose form is open brings that form forward.
// It names no kind: forms come from the KindRegistry, and each is a DraftForm.
//
//     DocumentDrafts drafts(store, &kinds, [](const QString &profileId) { return clientFor(profileId); });
//     drafts.addOutbox(outbox);                               // one per account client
//     DraftForm *form = drafts.openNew(DraftKind::Property, client); // show it in a tab
class DocumentDrafts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentDrafts)

public:
    // The client of an account profile (AccountProfile::id, as drafts record it).
    using ClientLookup = std::function<AccountClient *(const QString &profileId)>;

    DocumentDrafts(DraftStore *store, const KindRegistry *kinds, ClientLookup lookup,
                   QObject *parent = nullptr);
    ~DocumentDrafts() override;

    DraftStore *store() const { return m_store; }
    // Submissions of the outbox's account go through it (not owned).
    void addOutbox(Outbox *outbox);

    // A new, empty form of a registered kind for this client's account (parentless; the
    // caller shows it); nullptr if the kind has no form.
    DraftForm *openNew(const QString &kind, AccountClient *client);
    // The open form of a draft, or a new one bound to it (to be shown by the caller);
    // nullptr if its kind has no form or its account is unknown.
    DraftForm *open(const Draft &draft);
    // The form editing a draft, if one is open.
    DraftForm *openDocument(const QString &draftId) const;
    // The draft a form edits ("" while the form has none yet).
    QString draftId(const QWidget *document) const;
    // The kind of draft a form edits ("" for a document that is not a bound form).
    QString kindOf(const QWidget *document) const;
    // The account profile a form belongs to (AccountProfile::id; "" for other documents).
    QString profileOf(const QWidget *document) const;
    // The form's undo and redo (Edit ▸ Undo/Redo act on them); null for other documents and
    // once a draft is sent.
    FormUndo *undoOf(const QWidget *document) const;
    // Hands a draft made without a form (a release) to its account's outbox, first and at
    // once, as a form's Create does; false (with the reason) when it cannot be queued.
    bool submitDraft(const QString &draftId, QString *why = nullptr);
    // The user closed the document's tab: saved, then deleted. A draft being sent stays in
    // the outbox, which records its outcome.
    void release(QWidget *document);
    // Saves every open form now (tab switches, quitting).
    void flushAll();
    // One form's content as a drafts export file (DraftFile), whether or not it could be
    // saved: the way out of a full disk.
    DraftTransferResult exportDocument(const QWidget *document, const QString &filePath) const;
    // What a form's save banner says for this failure ("Not saved: the disk is full — …").
    static QString saveProblemText(StorageFailure::Kind failure, const QString &folder,
                                   const QString &message);
    // While the drafts cannot be saved here (another Switchboard holds them): every form,
    // open and to come, is read-only and says why.
    void setReadOnly(const QString &reason);

signals:
    // Saving failed; the form stays open with its content.
    void saveFailed(const QString &message);
    // The user asked to export a form's content (its save banner's "Export…").
    void exportRequested(QWidget *document);

private:
    void bind(DraftForm *form, AccountClient *client, const QString &kind, const QString &boundId);
    void onFocusChanged(QWidget *old, QWidget *now);
    void onDraftChanged(const QString &draftId);
    void onDraftRemoved(const QString &draftId);
    void flushOpen(const QString &draftId);
    void submit(DraftForm *form);
    QString ensureDraft(DraftForm *form);
    // The form edits this draft from now on: listed as open, autosaved.
    void attach(DraftForm *form, const QString &draftId);
    // The form's saver: the form shows its failures for as long as they last.
    void watch(DraftForm *form, DraftAutosaver *saver);
    void updateSaveState(DraftForm *form);
    Outbox *outboxFor(const QString &accountId) const;

    QPointer<DraftStore> m_store;
    const KindRegistry *m_kinds;
    ClientLookup m_lookup;
    DraftAutosaver *saverOf(const QWidget *document) const;

    // What the binding knows of each form it bound, with a draft yet or not; a form leaves
    // when it is destroyed.
    struct Binding
    {
        QString draftId; // "" until the first change creates the draft
        QString kind;
        QString accountId;
        QPointer<DraftAutosaver> saver;
        QPointer<FormUndo> undo;
    };
    QHash<const QWidget *, Binding> m_bindings;
    // By draft id. As QWidget, not DraftForm: the focus moves, and a saver flushes, while a
    // form's QWidget destructor runs, when it is no DraftForm any more; a QPointer<DraftForm>
    // would downcast it then (UBSan's vptr check). qobject_cast finds no form.
    QHash<QString, QPointer<QWidget>> m_open;
    QList<QPointer<Outbox>> m_outboxes;
    QString m_readOnlyReason;
    bool m_applyingStored = false; // a form shows what the store holds: nothing to save
};
