#pragma once

// A SQLite VFS that wraps the default one and makes every write fail with SQLITE_FULL
// while the disk is "full", so the disk-full cases run on any machine, quickly, and can
// fail. It is registered as the default VFS (sqlite3_vfs_register(vfs, 1)) before any
// connection opens; Qt's QSQLITE driver, which on Debian runs on the system SQLite this
// test links too, then opens every database through it (verified by the tests that use
// it: writeCount() counts the writes that came through).
//
//     QVERIFY(FullDisk::install());
//     FullDisk::setFull(true);    // from now on every write answers SQLITE_FULL
//     ...                         // the app shows "Not saved: the disk is full …"
//     FullDisk::setFull(false);   // space is back
namespace FullDisk {

bool install();
void setFull(bool full);
// Only files opened from now on whose path starts with `folder` (absolute, as SQLite opens
// it) fill up; others (an in-process sandbox's database) keep writing. Null: every file.
void setOnlyUnder(const char *folder);
bool isFull();
// Writes that reached the wrapped VFS, and those refused while full.
int writeCount();
int refusedCount();

} // namespace FullDisk
