#pragma once

#include <memory>

class QLockFile;
class QTimer;

#include "draft.h"
#include "draftkindrules.h"
#include "storagefailure.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

// What an export or import did: ok, or one readable sentence saying what was wrong.
struct DraftTransferResult
{
    bool ok = false;
    QString error;   // translated; empty when ok
    QStringList ids; // the drafts written (export) or created (import)
    // Import: drafts of the file left out because the same one is here already (same
    // kind, account, title and content), so importing a file twice makes no copies.
    int skipped = 0;
};

// Reference data (time zones, brands, numbers...) kept from the last connection, so forms
// still offer choices offline. fetchedAt tells how stale it may be.
struct CachedReference
{
    QJsonValue value;
    QDateTime fetchedAt; // UTC; invalid when nothing is cached
    bool isNull() const { return !fetchedAt.isValid(); }
};

// Every draft of every account, in one SQLite database (WAL) in the app's data folder.
// Writes go to disk as they are made, so a crash or kill -9 loses nothing that was saved;
// each write is one small statement (well under a few milliseconds).
//
//     DraftStore store(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
//     if (!store.open()) fail(store.errorString());
//     if (!store.recoveredDamagedFile().isEmpty()) tellUser(store.recoveredDamagedFile());
//     Draft draft = store.create(DraftKind::Property, account.id);
//     DraftAutosaver saver(&store, draft.id);  // the form calls saver.update() on every change
//
// A damaged database (not SQLite at all, or failing PRAGMA quick_check) does not stop the
// app: it is moved aside (recoveredDamagedFile() says where) and a new one is started.
// All the drafts are also kept in memory, so reading is free; the signals carry the id.
class DraftStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    static constexpr qint64 MaxImportBytes = 10 * 1024 * 1024;
    static constexpr int MaxImportDrafts = 10000;
    // How often content that could not be written is tried again (keepUnsaved()).
    static constexpr int RetryMs = 2000;

    explicit DraftStore(const QString &folder, QObject *parent = nullptr);
    ~DraftStore() override;

    static QString fileName(); // "drafts.sqlite"

    // Creates the folder (0700) and the database (0600) if missing. On failure,
    // errorString() names the real cause (failure()): another Switchboard holds the
    // drafts, the disk is full, the folder is read-only or not writable.
    bool open();
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    // Why the last failed open() or write failed; None after a success.
    StorageFailure::Kind failure() const { return m_failure; }
    QString folder() const { return m_folder; }
    QString databasePath() const;
    // Where a damaged database was moved by open(); empty when none was.
    QString recoveredDamagedFile() const { return m_recovered; }

    QList<Draft> drafts() const; // oldest first
    Draft draft(const QString &id) const; // a null Draft when there is none
    bool contains(const QString &id) const { return m_drafts.contains(id); }
    int count() const { return int(m_drafts.size()); }

    // The kinds this version can open and send (the registry's keys). Drafts of other kinds
    // are kept as they are; an import naming one is refused. Empty: every valid key.
    void setKnownKinds(const QStringList &kinds) { m_knownKinds = kinds; }
    // What a kind drops when one of its drafts is copied, imported or moved, and what it
    // keeps when taken back undecided (see DraftKindRules). Replaces the kind's earlier rules.
    void setKindRules(const QString &kind, const DraftKindRules &rules);
    // The kind's rules; empty rules when it has none.
    DraftKindRules kindRules(const QString &kind) const { return m_kindRules.value(kind); }
    // The draft's payload as a copy of this sort starts from (DraftKindRules::copied).
    QJsonObject copiedPayload(const Draft &draft, DraftKindRules::Copy why) const;

    // A new draft in Editing; a null Draft (see errorString()) when it cannot be written.
    Draft create(const QString &kind, const QString &accountId, const QString &title = {},
                 const QJsonObject &payload = {}, bool valid = false);
    // What a form's autosaver writes: the content only, outbox state untouched.
    bool updateContent(const QString &id, const QJsonObject &payload, const QString &title,
                       bool valid);
    // Writes every field as given (the outbox's state changes). The draft must exist, and
    // the change of state must be one isAllowedTransition() allows.
    bool save(const Draft &draft);
    // What the outbox learnt from the server (a number bought, a create refused): save(),
    // and when the disk refuses the write, the draft is still taken as it is in memory
    // (draft() returns it, draftChanged() is emitted) and written again every RetryMs until
    // it is, like keepUnsaved(). False then: isKept(id) is true until it is written, and
    // hasUnsaved() says so (quitting asks first). A crash meanwhile leaves the last write
    // that reached the disk (the state before the request left), which the outbox settles
    // by reading the server at the next start.
    bool saveOrKeep(const Draft &draft);
    bool isKept(const QString &id) const { return m_keptStates.contains(id); }
    // Drafts of this account whose outbox state waits for the disk.
    bool hasKeptStates(const QString &accountId) const;
    // Deleted drafts can be restored until the store is closed. A draft in the outbox
    // (queued, sending, being checked) cannot be deleted: take it out first.
    bool remove(const QString &id);
    bool restore(const QString &id);
    bool canRestore(const QString &id) const { return m_deleted.contains(id); }
    // A copy in Editing with a new id, "(copy)" in its title and no server state.
    Draft duplicate(const QString &id);

    // "Send when online": an editable, valid draft joins the end of its account's outbox;
    // a form's own Create puts it at the front instead.
    enum class QueuePosition { Back, Front };
    bool enqueue(const QString &id, QueuePosition position = QueuePosition::Back);
    // Takes a Queued (or Undecided) draft back to Editing; false once sending has started.
    // An Undecided one keeps what its kind's rules say (DraftKindRules::keptUndecided).
    bool dequeue(const QString &id);
    // The account's drafts waiting in the outbox (Queued, Sending, Unknown), in order.
    QList<Draft> outbox(const QString &accountId) const;

    // The drafts' content as a JSON file (no server state). Atomic: all or nothing.
    DraftTransferResult exportTo(const QStringList &ids, const QString &filePath) const;
    // Any drafts (a form's content that is not in the store) written the same way.
    static DraftTransferResult writeExport(const QList<Draft> &drafts, const QString &filePath);
    // Checks the whole file first, then adds every draft in one transaction with new ids,
    // in Editing. Malformed or hostile input changes nothing and says why.
    DraftTransferResult importFrom(const QString &filePath);

    bool saveReference(const QString &accountId, const QString &key, const QJsonValue &value);
    CachedReference reference(const QString &accountId, const QString &key) const;

    // Content a form holds that could not be written (a full disk): kept here, in memory,
    // and written again every RetryMs until it is, then unsavedWritten(key, id). `key`
    // names the writer: the draft's id, or any unique key while the draft does not exist
    // yet (content.id empty: the retry creates it). Replaces what was kept under the key.
    // The Drafts section says so while any is kept, and quitting asks first.
    void keepUnsaved(const QString &key, const Draft &content);
    // Its writer wrote it after all: drop it without writing.
    void forgetUnsaved(const QString &key);
    bool hasUnsaved() const { return !m_unsaved.isEmpty() || !m_keptStates.isEmpty(); }
    QList<Draft> unsavedDrafts() const;
    // Why the last attempt to write it failed (DiskFull...); None when nothing is kept.
    StorageFailure::Kind unsavedFailure() const { return m_unsavedFailure; }
    // Writes everything kept now; true when nothing is left unsaved.
    bool retryUnsaved();
    // The unsaved content as a drafts export (DraftFile), to another disk: the way out
    // when nothing can be written here. Importing it gives the drafts back.
    DraftTransferResult exportUnsaved(const QString &filePath) const;

signals:
    void draftAdded(const QString &id);
    void draftChanged(const QString &id);
    void draftRemoved(const QString &id);
    // The draft is about to be queued or deleted: an editor holding unsaved changes must
    // save them now (connected directly, it is called before the state changes).
    void draftEditingEnds(const QString &id);
    // hasUnsaved() or the content kept changed.
    void unsavedChanged();
    // What was kept under `key` is written now, into draft `draftId` (created if new).
    void unsavedWritten(const QString &key, const QString &draftId);

private:
    bool openConnection(QString *why);
    void closeConnection();
    bool prepareDatabase(QString *why);
    bool loadAll(QString *why);
    bool moveAside(QString *why);
    bool writeDraft(const Draft &draft);
    // Something is kept unsaved: remember why, and try again every RetryMs.
    void keepRetrying();
    // Nothing is left unsaved: the retries stop.
    void unsavedSettled();
    bool exec(const QString &sql, QString *why = nullptr);
    bool setError(const QString &message);
    // A write failed: says why in the user's terms (a full disk...) and remembers it.
    bool writeFailed(const QString &what, const QSqlError &error);
    // open() failed: the cause from `kind`, or `detail` when nothing better is known.
    bool startFailed(StorageFailure::Kind kind, const QString &detail);

    QString m_folder;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock; // one Switchboard per drafts folder
    bool m_damaged = false;            // set when SQLite itself says the file is corrupt
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
    QString m_recovered;
    QHash<QString, Draft> m_drafts;
    QHash<QString, Draft> m_deleted;
    QStringList m_knownKinds;
    qint64 m_lastQueueOrder = 0;
    StorageFailure::Kind m_failure = StorageFailure::Kind::None;
    QSqlError m_lastSqlError; // of the last failed statement while opening
    QHash<QString, Draft> m_unsaved;
    QSet<QString> m_keptStates; // saveOrKeep(): in m_drafts, not yet on disk
    QHash<QString, DraftKindRules> m_kindRules;
    StorageFailure::Kind m_unsavedFailure = StorageFailure::Kind::None;
    QTimer *m_retry;
};
