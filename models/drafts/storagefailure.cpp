#include "storagefailure.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace StorageFailure {

namespace {
// SQLite's primary result codes (sqlite3.h); QtSql does not export them.
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteAuth = 23;

// The folder, or its nearest existing parent (a folder not created yet).
QString existingFolder(const QString &folder)
{
    QString at = QFileInfo(folder).absoluteFilePath();
    while (!at.isEmpty() && !QFileInfo(at).isDir()) {
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    return at;
}

} // namespace

Kind fromFacts(const Facts &facts)
{
    if (facts.readOnly)
        return Kind::ReadOnly;
    if (!facts.writable)
        return Kind::PermissionDenied;
    if (facts.bytesAvailable >= 0 && facts.bytesAvailable < NearlyFullBytes)
        return Kind::DiskFull;
    return Kind::Other;
}

Facts factsFor(const QString &folder)
{
    const QString at = existingFolder(folder);
    Facts facts;
    const QStorageInfo storage(at);
    if (storage.isValid()) {
        facts.readOnly = storage.isReadOnly();
        facts.bytesAvailable = storage.bytesAvailable();
    }
    facts.writable = QFileInfo(at).isWritable();
    return facts;
}

Kind fromLockError(int lockError, const Facts &facts)
{
    switch (QLockFile::LockError(lockError)) {
    case QLockFile::NoError:
        return Kind::None;
    case QLockFile::LockFailedError:
        return Kind::Locked; // held by a process that is alive
    case QLockFile::PermissionError:
        // EACCES or EROFS creating the lock file.
        return facts.readOnly ? Kind::ReadOnly : Kind::PermissionDenied;
    case QLockFile::UnknownError:
        // Created but not written (ENOSPC), or anything else: ask the storage.
        return fromFacts(facts);
    }
    return Kind::Other;
}

Kind fromSqliteCode(int code, const Facts &facts)
{
    switch (code & 0xff) {
    case 0:
        return Kind::None;
    case SqliteFull:
        return Kind::DiskFull;
    case SqliteReadOnly:
        // A read-only file system, or a database file this user may not write.
        return facts.readOnly ? Kind::ReadOnly : Kind::PermissionDenied;
    case SqlitePerm:
    case SqliteAuth:
        return Kind::PermissionDenied;
    case SqliteBusy:
    case SqliteLocked:
        return Kind::Busy;
    case SqliteCantOpen:
    case SqliteIoErr:
        return fromFacts(facts);
    default:
        return Kind::Other;
    }
}

Kind fromSqlError(const QSqlError &error, const Facts &facts)
{
    if (error.type() == QSqlError::NoError)
        return Kind::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? fromSqliteCode(code, facts) : fromFacts(facts);
}

QString describe(Kind kind, const QString &folder)
{
    const QString where = QDir::toNativeSeparators(folder);
    switch (kind) {
    case Kind::DiskFull:
        return QCoreApplication::translate("StorageFailure", "the disk holding %1 is full").arg(where);
    case Kind::ReadOnly:
        return QCoreApplication::translate("StorageFailure", "%1 is on a read-only disk").arg(where);
    case Kind::PermissionDenied:
        return QCoreApplication::translate("StorageFailure",
                                           "Switchboard is not allowed to write in %1 "
                                           "(permission denied)")
            .arg(where);
    case Kind::Locked:
        return QCoreApplication::translate("StorageFailure",
                                           "the drafts in %1 are in use by another Switchboard")
            .arg(where);
    case Kind::Busy:
        return QCoreApplication::translate("StorageFailure",
                                           "another program is holding the drafts database in %1")
            .arg(where);
    case Kind::None:
    case Kind::Other:
        break;
    }
    return {};
}

} // namespace StorageFailure
