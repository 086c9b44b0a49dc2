#include "draftstore.h"

#include "draftfile.h"
#include "draftslogging.h"
#include "validation/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int SchemaVersion = 1;

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// SQLite's NOT NULL columns: a null QString binds as NULL, an empty one as ''.
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

// SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is damaged. Anything else (locked,
// busy, full disk) is a reason to fail, never to move the user's drafts aside.
bool isCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == "11"_L1 || code == "26"_L1;
}

// A lock file QLockFile cannot read (a Switchboard was killed between creating it and
// writing its process id into it) is never taken as stale: with no stale time it would be
// "in use by another Switchboard" for ever. It is abandoned when no process holds the
// native lock that QLockFile takes on it (flock) while it lives.
bool isAbandonedLock(const QString &path)
{
    qint64 pid = 0;
    QString host, app;
    if (QLockFile(path).getLockInfo(&pid, &host, &app))
        return false; // readable: QLockFile's own rules (the process is alive or not) apply
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool nobodyHoldsIt = ::flock(fd, LOCK_SH | LOCK_NB) == 0;
    ::close(fd); // also drops our shared lock
    return nobodyHoldsIt;
}

// SQLite's 16-byte header; an empty file is a database not yet written.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

DraftStore::DraftStore(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_connectionName(u"switchboard-drafts-"_s + newId())
    , m_retry(new QTimer(this))
{
    qRegisterMetaType<Draft>();
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &DraftStore::retryUnsaved);
}

DraftStore::~DraftStore()
{
    closeConnection();
}

QString DraftStore::fileName()
{
    return u"drafts.sqlite"_s;
}

QString DraftStore::databasePath() const
{
    return QDir(m_folder).filePath(fileName());
}

bool DraftStore::setError(const QString &message)
{
    m_error = message;
    qCWarning(lcDrafts).noquote() << message;
    return false;
}

bool DraftStore::writeFailed(const QString &what, const QSqlError &error)
{
    m_failure = StorageFailure::fromSqlError(error, StorageFailure::factsFor(m_folder));
    const QString cause = StorageFailure::describe(m_failure, m_folder);
    qCWarning(lcDrafts).noquote() << what << "SQLite says:" << error.text();
    return setError(cause.isEmpty() ? tr("%1: %2").arg(what, error.text())
                                    : tr("%1: %2.").arg(what, cause));
}

bool DraftStore::startFailed(StorageFailure::Kind kind, const QString &detail)
{
    m_failure = kind == StorageFailure::Kind::None ? StorageFailure::Kind::Other : kind;
    if (m_failure == StorageFailure::Kind::Locked) {
        return setError(tr("The drafts in %1 are in use by another Switchboard; close it "
                           "and start again.")
                            .arg(QDir::toNativeSeparators(m_folder)));
    }
    const QString cause = StorageFailure::describe(m_failure, m_folder);
    return setError(cause.isEmpty()
                        ? tr("Cannot start the drafts database %1: %2")
                              .arg(QDir::toNativeSeparators(databasePath()), detail)
                        : tr("Drafts cannot be kept: %1.").arg(cause));
}

bool DraftStore::open()
{
    if (m_open)
        return true;
    m_lastSqlError = QSqlError();
    // The folder and the database are the user's alone (an existing folder is left as it is).
    if (QString problem; !PrivateFiles::makeFolder(m_folder, &problem)) {
        return startFailed(StorageFailure::fromFacts(StorageFailure::factsFor(m_folder)),
                           tr("cannot create the folder (%1)").arg(problem));
    }

    if (!m_lock) {
        auto lock = std::make_unique<QLockFile>(m_folder + u"/drafts.lock"_s);
        // Never stale by age (a long session keeps it); one whose process is gone is taken over.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError
            && isAbandonedLock(m_folder + u"/drafts.lock"_s)) {
            // Left empty by a Switchboard killed while it was writing it: no process holds it.
            qCWarning(lcDrafts) << "taking over an abandoned drafts lock";
            lock->removeStaleLockFile();
            lock->tryLock(0);
        }
        if (!lock->isLocked()) {
            // Held by another Switchboard, or not writable at all (a full disk, a read-only
            // folder): they need different things from the user.
            return startFailed(StorageFailure::fromLockError(int(lock->error()),
                                                             StorageFailure::factsFor(m_folder)),
                               tr("the lock file %1 cannot be written")
                                   .arg(QDir::toNativeSeparators(m_folder + u"/drafts.lock"_s)));
        }
        m_lock = std::move(lock);
    }

    QString why;
    m_damaged = !looksLikeSqlite(databasePath());
    const bool existed = QFileInfo::exists(databasePath());
    // Created empty as 0600 first: SQLite then gives its -wal and -shm files the same mode.
    if (!m_damaged)
        PrivateFiles::prepareFile(databasePath());
    if (m_damaged || !openConnection(&why) || !prepareDatabase(&why) || !loadAll(&why)) {
        closeConnection();
        if (why.isEmpty())
            why = tr("the file is not an SQLite database");
        if (!existed || !m_damaged) {
            if (!existed)
                QFile::remove(databasePath()); // the empty file made above, if still empty
            return startFailed(StorageFailure::fromSqlError(m_lastSqlError,
                                                            StorageFailure::factsFor(m_folder)),
                               why);
        }
        qCWarning(lcDrafts).noquote() << "drafts database damaged:" << why;
        QString moveProblem;
        if (!moveAside(&moveProblem))
            return setError(moveProblem);
        why.clear();
        PrivateFiles::prepareFile(databasePath());
        if (!openConnection(&why) || !prepareDatabase(&why) || !loadAll(&why)) {
            closeConnection();
            const StorageFailure::Kind kind =
                StorageFailure::fromSqlError(m_lastSqlError, StorageFailure::factsFor(m_folder));
            if (kind != StorageFailure::Kind::Other && kind != StorageFailure::Kind::None)
                return startFailed(kind, why);
            return setError(tr("Cannot start a new drafts database %1: %2")
                                .arg(QDir::toNativeSeparators(databasePath()), why));
        }
    }
    m_open = true;
    m_error.clear();
    m_failure = StorageFailure::Kind::None;
    return true;
}

bool DraftStore::openConnection(QString *why)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        *why = tr("the SQLite driver of Qt is not installed");
        return false;
    }
    m_db.setDatabaseName(databasePath());
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=250"_s);
    if (!m_db.open()) {
        m_lastSqlError = m_db.lastError();
        *why = m_db.lastError().text();
        return false;
    }
    return true;
}

void DraftStore::closeConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool DraftStore::exec(const QString &sql, QString *why)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_lastSqlError = query.lastError();
    if (why)
        *why = query.lastError().text();
    qCWarning(lcDrafts).noquote() << "SQL failed:" << query.lastError().text();
    return false;
}

bool DraftStore::prepareDatabase(QString *why)
{
    {
        QSqlQuery check(m_db);
        if (!check.exec(u"PRAGMA quick_check"_s) || !check.next()) {
            m_lastSqlError = check.lastError();
            *why = check.lastError().text();
            m_damaged = isCorruption(check.lastError());
            return false;
        }
        const QString verdict = check.value(0).toString();
        if (verdict != "ok"_L1) {
            *why = verdict;
            m_damaged = true;
            return false;
        }
    }
    {
        QSqlQuery wal(m_db);
        if (!wal.exec(u"PRAGMA journal_mode=WAL"_s) || !wal.next()) {
            m_lastSqlError = wal.lastError();
            *why = wal.lastError().text();
            return false;
        }
        // SQLite answers the mode it could set: not WAL when the header cannot be written.
        if (wal.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            *why = tr("the database cannot be switched to write-ahead logging");
            return false;
        }
    }
    // WAL + NORMAL: every commit reaches the OS at once (survives kill -9 and crashes);
    // only a power cut may lose the last few, and commits stay cheap.
    if (!exec(u"PRAGMA synchronous=NORMAL"_s, why))
        return false;

    int version = 0;
    {
        QSqlQuery v(m_db);
        if (!v.exec(u"PRAGMA user_version"_s) || !v.next()) {
            m_lastSqlError = v.lastError();
            *why = v.lastError().text();
            return false;
        }
        version = v.value(0).toInt();
    }
    if (version > SchemaVersion) {
        *why = tr("the database was written by a newer version of Switchboard");
        return false;
    }
    if (version < SchemaVersion) {
        if (!exec(u"CREATE TABLE IF NOT EXISTS drafts ("
                  " id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, account_id TEXT NOT NULL,"
                  " title TEXT NOT NULL, payload BLOB NOT NULL, valid INTEGER NOT NULL,"
                  " state TEXT NOT NULL, errors BLOB NOT NULL, error_message TEXT NOT NULL,"
                  " remote_id TEXT NOT NULL, send_context BLOB NOT NULL,"
                  " queue_order INTEGER NOT NULL, created_at INTEGER NOT NULL,"
                  " updated_at INTEGER NOT NULL, deleted_at INTEGER)"_s,
                  why)
            || !exec(u"CREATE TABLE IF NOT EXISTS reference_cache ("
                     " account_id TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL,"
                     " fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, key))"_s,
                     why)
            || !exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion), why)) {
            return false;
        }
    }
    // Deletions can be undone only while the app runs.
    return exec(u"DELETE FROM drafts WHERE deleted_at IS NOT NULL"_s, why);
}

bool DraftStore::loadAll(QString *why)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, kind, account_id, title, payload, valid, state, errors,"
                    " error_message, remote_id, send_context, queue_order, created_at,"
                    " updated_at FROM drafts"_s)) {
        m_lastSqlError = query.lastError();
        *why = query.lastError().text();
        return false;
    }
    m_drafts.clear();
    m_deleted.clear();
    m_lastQueueOrder = 0;
    while (query.next()) {
        Draft d;
        d.id = query.value(0).toString();
        const QString kind = query.value(1).toString();
        const std::optional<OutboxState> state = outboxStateFromKey(query.value(6).toString());
        if (!isValidDraftKindKey(kind) || !state) {
            // Written by a newer version: leave the row alone rather than lose it.
            qCWarning(lcDrafts) << "skipping a draft of unknown kind or state";
            continue;
        }
        d.kind = kind;
        d.accountId = query.value(2).toString();
        d.title = query.value(3).toString();
        d.payload = objectFrom(query.value(4));
        d.valid = query.value(5).toBool();
        d.state = *state;
        d.errors = fieldErrorsFromJson(QJsonDocument::fromJson(query.value(7).toByteArray()).array());
        d.errorMessage = query.value(8).toString();
        d.remoteId = query.value(9).toString();
        d.sendContext = objectFrom(query.value(10));
        d.queueOrder = query.value(11).toLongLong();
        d.createdAt = fromMs(query.value(12).toLongLong());
        d.updatedAt = fromMs(query.value(13).toLongLong());
        m_lastQueueOrder = std::max(m_lastQueueOrder, d.queueOrder);
        m_drafts.insert(d.id, d);
    }
    return true;
}

bool DraftStore::moveAside(QString *why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QDir dir(m_folder);
    QString target;
    for (int n = 0;; ++n) {
        target = dir.filePath(n == 0 ? u"drafts-damaged-%1.sqlite"_s.arg(stamp)
                                     : u"drafts-damaged-%1-%2.sqlite"_s.arg(stamp).arg(n));
        if (!QFileInfo::exists(target))
            break;
    }
    if (!QFile::rename(databasePath(), target)) {
        *why = tr("The drafts database %1 is damaged and could not be moved aside.")
                   .arg(QDir::toNativeSeparators(databasePath()));
        return false;
    }
    // The journal files belong to the damaged database: keep them beside it.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(databasePath() + suffix)
            && !QFile::rename(databasePath() + suffix, target + suffix)) {
            QFile::remove(databasePath() + suffix);
        }
    }
    m_recovered = target;
    qCWarning(lcDrafts).noquote() << "moved a damaged drafts database to"
                                  << QDir::toNativeSeparators(target);
    return true;
}

bool DraftStore::writeDraft(const Draft &d)
{
    if (!m_open)
        return setError(tr("The drafts database is not open."));
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO drafts (id, kind, account_id, title, payload, valid,"
                  " state, errors, error_message, remote_id, send_context, queue_order,"
                  " created_at, updated_at, deleted_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s);
    query.addBindValue(nonNull(d.id));
    query.addBindValue(nonNull(d.kind));
    query.addBindValue(nonNull(d.accountId));
    query.addBindValue(nonNull(d.title));
    query.addBindValue(compact(d.payload));
    query.addBindValue(d.valid ? 1 : 0);
    query.addBindValue(outboxStateKey(d.state));
    query.addBindValue(QJsonDocument(fieldErrorsToJson(d.errors)).toJson(QJsonDocument::Compact));
    query.addBindValue(nonNull(d.errorMessage));
    query.addBindValue(nonNull(d.remoteId));
    query.addBindValue(compact(d.sendContext));
    query.addBindValue(d.queueOrder);
    query.addBindValue(toMs(d.createdAt));
    query.addBindValue(toMs(d.updatedAt));
    if (!query.exec())
        return writeFailed(tr("Cannot save the draft"), query.lastError());
    m_failure = StorageFailure::Kind::None;
    return true;
}

QList<Draft> DraftStore::drafts() const
{
    QList<Draft> all = m_drafts.values();
    std::sort(all.begin(), all.end(), [](const Draft &a, const Draft &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return all;
}

Draft DraftStore::draft(const QString &id) const
{
    return m_drafts.value(id);
}

Draft DraftStore::create(const QString &kind, const QString &accountId, const QString &title,
                         const QJsonObject &payload, bool valid)
{
    if (!isValidDraftKindKey(kind)) {
        setError(tr("“%1” is not a kind of draft.").arg(kind.left(40)));
        return {};
    }
    Draft d;
    d.id = newId();
    d.kind = kind;
    d.accountId = accountId;
    d.title = title;
    d.payload = payload;
    d.valid = valid;
    d.createdAt = QDateTime::currentDateTimeUtc();
    d.updatedAt = d.createdAt;
    if (!writeDraft(d))
        return {};
    m_drafts.insert(d.id, d);
    emit draftAdded(d.id);
    return d;
}

bool DraftStore::updateContent(const QString &id, const QJsonObject &payload,
                               const QString &title, bool valid)
{
    auto it = m_drafts.find(id);
    if (it == m_drafts.end())
        return setError(tr("The draft no longer exists."));
    if (it->payload == payload && it->title == title && it->valid == valid)
        return true;
    // What is queued, being sent or sent is what the server gets or got: never rewrite it.
    if (!it->isEditable())
        return setError(tr("The draft is in the outbox or sent; it can no longer change."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE drafts SET payload = ?, title = ?, valid = ?, updated_at = ?"
                  " WHERE id = ?"_s);
    query.addBindValue(compact(payload));
    query.addBindValue(nonNull(title));
    query.addBindValue(valid ? 1 : 0);
    query.addBindValue(toMs(now));
    query.addBindValue(nonNull(id));
    if (!query.exec())
        return writeFailed(tr("Cannot save the draft"), query.lastError());
    m_failure = StorageFailure::Kind::None;
    it->payload = payload;
    it->title = title;
    it->valid = valid;
    it->updatedAt = now;
    emit draftChanged(id);
    return true;
}

void DraftStore::setKindRules(const QString &kind, const DraftKindRules &rules)
{
    m_kindRules.insert(kind, rules);
}

QJsonObject DraftStore::copiedPayload(const Draft &draft, DraftKindRules::Copy why) const
{
    const DraftKindRules rules = kindRules(draft.kind);
    return rules.copied ? rules.copied(draft.payload, why) : draft.payload;
}

bool DraftStore::save(const Draft &draft)
{
    const auto it = m_drafts.constFind(draft.id);
    if (it == m_drafts.cend())
        return setError(tr("The draft no longer exists."));
    if (!isAllowedTransition(it->state, draft.state)) {
        qCWarning(lcDrafts) << "refused a change of draft" << draft.id << "from"
                            << outboxStateKey(it->state) << "to" << outboxStateKey(draft.state);
        return setError(tr("The draft is “%1” and cannot become “%2”.")
                            .arg(outboxStateTitle(it->state), outboxStateTitle(draft.state)));
    }
    if (!writeDraft(draft))
        return false;
    m_lastQueueOrder = std::max(m_lastQueueOrder, draft.queueOrder);
    m_drafts.insert(draft.id, draft);
    const bool wasKept = m_keptStates.remove(draft.id); // the newest state is on disk now
    if (wasKept)
        unsavedSettled();
    emit draftChanged(draft.id);
    if (wasKept)
        emit unsavedChanged();
    return true;
}

bool DraftStore::saveOrKeep(const Draft &draft)
{
    if (save(draft))
        return true;
    const auto it = m_drafts.constFind(draft.id);
    if (it == m_drafts.cend() || !isAllowedTransition(it->state, draft.state))
        return false; // not a write that failed: nothing to keep
    // The write failed (a full disk): the outcome is kept in memory and written later, so
    // neither the outbox nor the user loses what the server said.
    qCWarning(lcDrafts) << "keeping the outbox state of draft" << draft.id
                        << "in memory until it can be written";
    m_lastQueueOrder = std::max(m_lastQueueOrder, draft.queueOrder);
    m_drafts.insert(draft.id, draft);
    m_keptStates.insert(draft.id);
    keepRetrying();
    emit draftChanged(draft.id);
    emit unsavedChanged();
    return false;
}

bool DraftStore::hasKeptStates(const QString &accountId) const
{
    return std::any_of(m_keptStates.cbegin(), m_keptStates.cend(), [&](const QString &id) {
        return m_drafts.value(id).accountId == accountId;
    });
}

void DraftStore::keepRetrying()
{
    if (m_failure != StorageFailure::Kind::None)
        m_unsavedFailure = m_failure;
    else if (m_unsavedFailure == StorageFailure::Kind::None)
        m_unsavedFailure = StorageFailure::Kind::Other;
    if (!m_retry->isActive())
        m_retry->start();
}

void DraftStore::unsavedSettled()
{
    if (m_unsaved.isEmpty() && m_keptStates.isEmpty()) {
        m_retry->stop();
        m_unsavedFailure = StorageFailure::Kind::None;
    }
}

bool DraftStore::remove(const QString &id)
{
    if (const Draft d = draft(id); d.isInOutbox()) {
        // A send in flight must be able to record its outcome; a queued one is taken out first.
        return setError(d.state == OutboxState::Queued
                            ? tr("The draft is waiting in the outbox; keep it as a draft first.")
                            : tr("The draft is being sent; it can be deleted once the server "
                                 "has answered."));
    }
    emit draftEditingEnds(id);
    const auto it = m_drafts.constFind(id);
    if (it == m_drafts.cend())
        return setError(tr("The draft no longer exists."));
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE drafts SET deleted_at = ? WHERE id = ?"_s);
    query.addBindValue(toMs(QDateTime::currentDateTimeUtc()));
    query.addBindValue(nonNull(id));
    if (!query.exec())
        return writeFailed(tr("Cannot delete the draft"), query.lastError());
    m_deleted.insert(id, *it);
    m_drafts.erase(it);
    if (m_keptStates.remove(id)) {
        unsavedSettled();
        emit unsavedChanged();
    }
    emit draftRemoved(id);
    return true;
}

bool DraftStore::restore(const QString &id)
{
    const auto it = m_deleted.constFind(id);
    if (it == m_deleted.cend())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE drafts SET deleted_at = NULL WHERE id = ?"_s);
    query.addBindValue(nonNull(id));
    if (!query.exec())
        return writeFailed(tr("Cannot restore the draft"), query.lastError());
    m_drafts.insert(id, *it);
    m_deleted.erase(it);
    emit draftAdded(id);
    return true;
}

Draft DraftStore::duplicate(const QString &id)
{
    const Draft original = draft(id);
    if (original.isNull())
        return {};
    const QString title = original.title.isEmpty() ? QString() : tr("%1 (copy)").arg(original.title);
    return create(original.kind, original.accountId, title,
                  copiedPayload(original, DraftKindRules::Copy::Duplicate), original.valid);
}

bool DraftStore::enqueue(const QString &id, QueuePosition position)
{
    emit draftEditingEnds(id);
    Draft d = draft(id);
    if (d.isNull())
        return setError(tr("The draft no longer exists."));
    if (!d.isEditable())
        return setError(tr("The draft is already in the outbox or sent."));
    if (!d.valid)
        return setError(tr("The draft is not complete yet."));
    d.state = OutboxState::Queued;
    d.errors.clear();
    d.errorMessage.clear();
    d.sendContext = {};
    if (position == QueuePosition::Back) {
        d.queueOrder = m_lastQueueOrder + 1;
    } else {
        qint64 first = m_lastQueueOrder + 1;
        for (const Draft &other : std::as_const(m_drafts)) {
            if (other.isInOutbox())
                first = std::min(first, other.queueOrder);
        }
        d.queueOrder = first - 1;
    }
    return save(d);
}

bool DraftStore::dequeue(const QString &id)
{
    Draft d = draft(id);
    if (d.isNull() || (d.state != OutboxState::Queued && d.state != OutboxState::Undecided))
        return false;
    if (d.state == OutboxState::Undecided) {
        // The step in flight may have happened: the kind says what that leaves.
        if (const DraftKindRules rules = kindRules(d.kind); rules.keptUndecided)
            d.payload = rules.keptUndecided(d);
    }
    d.sendContext = {};
    d.state = OutboxState::Editing;
    d.errorMessage.clear();
    return save(d);
}

QList<Draft> DraftStore::outbox(const QString &accountId) const
{
    QList<Draft> waiting;
    for (const Draft &d : m_drafts) {
        if (d.accountId == accountId && d.isInOutbox()) {
            waiting.append(d);
        }
    }
    std::sort(waiting.begin(), waiting.end(), [](const Draft &a, const Draft &b) {
        return a.queueOrder != b.queueOrder ? a.queueOrder < b.queueOrder : a.id < b.id;
    });
    return waiting;
}

DraftTransferResult DraftStore::exportTo(const QStringList &ids, const QString &filePath) const
{
    DraftTransferResult result;
    QList<Draft> chosen;
    for (const QString &id : ids) {
        const Draft d = draft(id);
        if (d.isNull()) {
            result.error = tr("A draft to export no longer exists.");
            return result;
        }
        chosen.append(d);
    }
    return writeExport(chosen, filePath);
}

DraftTransferResult DraftStore::writeExport(const QList<Draft> &drafts, const QString &filePath)
{
    DraftTransferResult result;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(filePath), file.errorString());
        return result;
    }
    file.write(DraftFile::encode(drafts));
    if (!file.commit()) {
        result.error = tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(filePath), file.errorString());
        return result;
    }
    result.ok = true;
    for (const Draft &d : drafts)
        result.ids.append(d.id);
    return result;
}

DraftTransferResult DraftStore::importFrom(const QString &filePath)
{
    DraftTransferResult result;
    if (!m_open) {
        result.error = tr("The drafts database is not open.");
        return result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(filePath), file.errorString());
        return result;
    }
    // Read one byte past the limit: a file that grows while we read is still caught.
    const QByteArray data = file.read(MaxImportBytes + 1);
    if (data.size() > MaxImportBytes || file.size() > MaxImportBytes) {
        result.error = tr("%1 is larger than %2 MB; a drafts export is much smaller, so this "
                          "is not one.")
                           .arg(QDir::toNativeSeparators(filePath))
                           .arg(MaxImportBytes / (1024 * 1024));
        return result;
    }
    QList<Draft> incoming;
    if (!DraftFile::decode(data, MaxImportDrafts, &incoming, &result.error))
        return result;
    if (!m_knownKinds.isEmpty()) {
        for (const Draft &d : std::as_const(incoming)) {
            if (!m_knownKinds.contains(d.kind)) {
                result.error = tr("%1 holds a draft of kind “%2”, which this version of "
                                  "Switchboard cannot open; nothing was imported.")
                                   .arg(QDir::toNativeSeparators(filePath), d.kind);
                return result;
            }
        }
    }

    // A draft that is here already (the same file imported twice) is not copied again:
    // two drafts nobody can tell apart only confuse.
    // What a kind keeps of an imported draft (a purchase drops its confirmation) is compared
    // too, so a file imported twice is still skipped the second time.
    const auto alreadyHere = [this](const Draft &d) {
        const QJsonObject copied = copiedPayload(d, DraftKindRules::Copy::Import);
        for (const Draft &existing : std::as_const(m_drafts)) {
            if (existing.kind == d.kind && existing.accountId == d.accountId
                && existing.title == d.title
                && (existing.payload == d.payload || existing.payload == copied))
                return true;
        }
        return false;
    };
    const qsizetype before = incoming.size();
    incoming.removeIf(alreadyHere);
    result.skipped = int(before - incoming.size());
    for (Draft &d : incoming)
        d.payload = copiedPayload(d, DraftKindRules::Copy::Import);

    // Imported drafts get new ids, so an import never overwrites anything.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Draft &d : incoming) {
        d.id = newId();
        d.state = OutboxState::Editing;
        if (!d.createdAt.isValid())
            d.createdAt = now;
        if (!d.updatedAt.isValid())
            d.updatedAt = d.createdAt;
    }
    if (!m_db.transaction()) {
        result.error = tr("Cannot import: %1").arg(m_db.lastError().text());
        return result;
    }
    for (const Draft &d : std::as_const(incoming)) {
        if (!writeDraft(d)) {
            m_db.rollback();
            result.error = tr("Cannot import: %1").arg(m_error);
            return result;
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        result.error = tr("Cannot import: %1").arg(m_db.lastError().text());
        return result;
    }
    for (const Draft &d : std::as_const(incoming)) {
        m_drafts.insert(d.id, d);
        result.ids.append(d.id);
        emit draftAdded(d.id);
    }
    result.ok = true;
    qCInfo(lcDrafts) << "imported" << incoming.size() << "drafts";
    return result;
}

bool DraftStore::saveReference(const QString &accountId, const QString &key,
                               const QJsonValue &value)
{
    if (!m_open)
        return setError(tr("The drafts database is not open."));
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO reference_cache (account_id, key, value, fetched_at)"
                  " VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(nonNull(accountId));
    query.addBindValue(nonNull(key));
    // Wrapped so scalars and arrays store the same way as objects.
    query.addBindValue(compact(QJsonObject{{u"v"_s, value}}));
    query.addBindValue(toMs(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return writeFailed(tr("Cannot keep reference data"), query.lastError());
    return true;
}

CachedReference DraftStore::reference(const QString &accountId, const QString &key) const
{
    CachedReference cached;
    if (!m_open)
        return cached;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value, fetched_at FROM reference_cache WHERE account_id = ? AND key = ?"_s);
    query.addBindValue(nonNull(accountId));
    query.addBindValue(nonNull(key));
    if (query.exec() && query.next()) {
        cached.value = objectFrom(query.value(0)).value(u"v"_s);
        cached.fetchedAt = fromMs(query.value(1).toLongLong());
    }
    return cached;
}

void DraftStore::keepUnsaved(const QString &key, const Draft &content)
{
    if (key.isEmpty())
        return;
    Draft kept = content;
    if (!kept.updatedAt.isValid())
        kept.updatedAt = QDateTime::currentDateTimeUtc();
    if (!kept.createdAt.isValid())
        kept.createdAt = kept.updatedAt;
    m_unsaved.insert(key, kept);
    keepRetrying();
    emit unsavedChanged();
}

void DraftStore::forgetUnsaved(const QString &key)
{
    if (m_unsaved.remove(key) == 0)
        return;
    unsavedSettled();
    emit unsavedChanged();
}

QList<Draft> DraftStore::unsavedDrafts() const
{
    QList<Draft> all = m_unsaved.values();
    for (const QString &id : m_keptStates)
        all.append(m_drafts.value(id));
    std::sort(all.begin(), all.end(), [](const Draft &a, const Draft &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.title < b.title;
    });
    return all;
}

bool DraftStore::retryUnsaved()
{
    if (!m_open || !hasUnsaved()) {
        if (!hasUnsaved())
            m_retry->stop();
        return !hasUnsaved();
    }
    bool changed = false;
    // Outbox states first: each is the newest the outbox knows of its draft.
    const QStringList kept(m_keptStates.cbegin(), m_keptStates.cend());
    for (const QString &id : kept) {
        if (!m_keptStates.contains(id))
            continue;
        if (m_drafts.contains(id) && !writeDraft(m_drafts.value(id))) {
            if (m_failure != StorageFailure::Kind::None && m_failure != m_unsavedFailure) {
                m_unsavedFailure = m_failure;
                emit unsavedChanged();
            }
            return false; // still failing: all of it is tried again later
        }
        m_keptStates.remove(id);
        changed = true;
        qCInfo(lcDrafts) << "wrote the outbox state of draft" << id << "kept since a failed write";
        emit draftChanged(id); // the same content, now on disk: whoever shows it says so
    }
    // Slots of unsavedWritten() may keep or forget content: work from the keys as they are.
    const QStringList keys = m_unsaved.keys();
    for (const QString &key : keys) {
        const auto it = m_unsaved.constFind(key);
        if (it == m_unsaved.cend())
            continue;
        const Draft content = *it;
        QString id = content.id;
        bool written = false;
        if (id.isEmpty()) {
            const Draft created = create(content.kind, content.accountId, content.title,
                                         content.payload, content.valid);
            written = !created.isNull();
            id = created.id;
        } else if (!draft(id).isEditable()) {
            written = true; // deleted or sent meanwhile: nothing left to write it into
            id.clear();
        } else {
            written = updateContent(id, content.payload, content.title, content.valid);
        }
        if (!written) {
            if (m_failure != StorageFailure::Kind::None && m_failure != m_unsavedFailure) {
                m_unsavedFailure = m_failure;
                changed = true;
            }
            break; // still failing: all of it is tried again later
        }
        m_unsaved.remove(key);
        changed = true;
        qCInfo(lcDrafts) << "wrote a draft that could not be saved before";
        emit unsavedWritten(key, id);
    }
    unsavedSettled();
    if (changed)
        emit unsavedChanged();
    return !hasUnsaved();
}

DraftTransferResult DraftStore::exportUnsaved(const QString &filePath) const
{
    QList<Draft> drafts = unsavedDrafts();
    for (Draft &d : drafts) {
        if (d.id.isEmpty())
            d.id = newId(); // the file names each draft; an import gives it a new id anyway
    }
    return writeExport(drafts, filePath);
}
