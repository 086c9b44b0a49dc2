#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// Why the drafts could not be written, as far as can be told: what the user can do about it
// differs (free space, fix the folder's permissions, close the other Switchboard), so the
// message names the real cause instead of guessing. The decision is made from SQLite's own
// result code where there is one, and from the folder's storage otherwise (a lock file that
// cannot be written tells nothing more than "unknown error").
//
//     const StorageFailure::Kind kind = StorageFailure::fromSqlError(error, facts(folder));
//     banner(tr("Not saved: %1").arg(StorageFailure::describe(kind, folder)));
namespace StorageFailure {

enum class Kind {
    None,
    DiskFull,         // SQLITE_FULL, ENOSPC: free space
    ReadOnly,         // the folder is on a read-only file system
    PermissionDenied, // the folder or file is not writable by this user
    Locked,           // another Switchboard holds the drafts
    Busy,             // another program holds the database (SQLITE_BUSY, SQLITE_LOCKED)
    Other,
};

// What the folder's storage says about itself now.
struct Facts
{
    bool readOnly = false;     // the file system is mounted read-only
    bool writable = true;      // this user may create files in the folder
    qint64 bytesAvailable = -1; // -1: unknown
};
Facts factsFor(const QString &folder);

// Below this much free space a failed write is put down to a full disk.
inline constexpr qint64 NearlyFullBytes = 256 * 1024;

// When a write failed and nothing more specific is known: read-only, not writable, nearly
// full, or Other.
Kind fromFacts(const Facts &facts);
// From QLockFile::LockError (passed as int: QtCore's enum, kept out of this header).
Kind fromLockError(int lockError, const Facts &facts);
// From SQLite's result code (QSqlError::nativeErrorCode(); extended codes are reduced).
Kind fromSqliteCode(int code, const Facts &facts);
Kind fromSqlError(const QSqlError &error, const Facts &facts);

// The cause as a clause, to end a sentence: "the disk holding /home/ann/… is full".
// Empty for None and Other (the caller says what happened in its own words).
QString describe(Kind kind, const QString &folder);

} // namespace StorageFailure
