#pragma once

#include <QString>

// Folders and files that hold drafts, settings or credentials are the user's alone: a
// folder made here is 0700, a file made here 0600. Whatever exists already (a folder that
// --data or --data-dir points at, a database from an earlier run) is never re-permissioned:
// it is the user's choice. Shared by the app and the sandbox (QtCore only).
//
//     if (!PrivateFiles::makeFolder(dataDir, &why)) fail(why);
//     if (!PrivateFiles::prepareFile(dir.filePath(u"drafts.sqlite"_s), &why)) fail(why);
//     // SQLite then opens the existing empty file; its -wal and -shm files take its mode.
namespace PrivateFiles {

// Creates `path` and any missing parent as 0700; true if it exists as a folder afterwards.
bool makeFolder(const QString &path, QString *error = nullptr);
// Creates `path` empty as 0600 unless it exists; true if it exists afterwards.
bool prepareFile(const QString &path, QString *error = nullptr);

} // namespace PrivateFiles
