#include "fulldisk.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <string>

namespace {

std::atomic_bool full{false};
std::atomic_int writes{0};
std::atomic_int refused{0};
sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs wrapperVfs;
std::mutex onlyUnderMutex;
std::string onlyUnder; // empty: every file

// Our file: the io methods first (as SQLite requires), whether "full" applies to it, then
// the real file's state.
struct WrappedFile
{
    sqlite3_file base;
    bool affected;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

WrappedFile *wrapped(sqlite3_file *file)
{
    return reinterpret_cast<WrappedFile *>(file);
}

int xClose(sqlite3_file *f)
{
    return wrapped(f)->real()->pMethods->xClose(wrapped(f)->real());
}
int xRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return wrapped(f)->real()->pMethods->xRead(wrapped(f)->real(), data, amount, offset);
}
int xWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    if (full && wrapped(f)->affected) {
        ++refused;
        return SQLITE_FULL;
    }
    ++writes;
    return wrapped(f)->real()->pMethods->xWrite(wrapped(f)->real(), data, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return wrapped(f)->real()->pMethods->xTruncate(wrapped(f)->real(), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return wrapped(f)->real()->pMethods->xSync(wrapped(f)->real(), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return wrapped(f)->real()->pMethods->xFileSize(wrapped(f)->real(), size);
}
int xLock(sqlite3_file *f, int level)
{
    return wrapped(f)->real()->pMethods->xLock(wrapped(f)->real(), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return wrapped(f)->real()->pMethods->xUnlock(wrapped(f)->real(), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return wrapped(f)->real()->pMethods->xCheckReservedLock(wrapped(f)->real(), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return wrapped(f)->real()->pMethods->xFileControl(wrapped(f)->real(), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return wrapped(f)->real()->pMethods->xSectorSize(wrapped(f)->real());
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return wrapped(f)->real()->pMethods->xDeviceCharacteristics(wrapped(f)->real());
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return wrapped(f)->real()->pMethods->xShmMap(wrapped(f)->real(), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return wrapped(f)->real()->pMethods->xShmLock(wrapped(f)->real(), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    wrapped(f)->real()->pMethods->xShmBarrier(wrapped(f)->real());
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return wrapped(f)->real()->pMethods->xShmUnmap(wrapped(f)->real(), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return wrapped(f)->real()->pMethods->xFetch(wrapped(f)->real(), offset, amount, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return wrapped(f)->real()->pMethods->xUnfetch(wrapped(f)->real(), offset, p);
}

// Version 3 (WAL's shared memory, memory-mapped reads); entries the real file lacks are
// never called because SQLite checks the real version through ours, which is the same.
sqlite3_io_methods ioMethods = {3,         xClose,     xRead,     xWrite,
                                xTruncate, xSync,      xFileSize, xLock,
                                xUnlock,   xCheckReservedLock,    xFileControl,
                                xSectorSize, xDeviceCharacteristics, xShmMap,
                                xShmLock,  xShmBarrier, xShmUnmap, xFetch,
                                xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *w = wrapped(file);
    std::memset(w, 0, sizeof(WrappedFile));
    {
        const std::lock_guard lock(onlyUnderMutex);
        w->affected = onlyUnder.empty() || (name && std::strncmp(name, onlyUnder.c_str(), onlyUnder.size()) == 0);
    }
    const int rc = realVfs->xOpen(realVfs, name, w->real(), flags, outFlags);
    // Methods only when the real file opened: SQLite calls xClose only if they are set.
    w->base.pMethods = w->real()->pMethods ? &ioMethods : nullptr;
    if (w->real()->pMethods)
        ioMethods.iVersion = std::min(3, w->real()->pMethods->iVersion);
    return rc;
}

} // namespace

namespace FullDisk {

bool install()
{
    if (realVfs)
        return true;
    sqlite3_vfs *current = sqlite3_vfs_find(nullptr);
    if (!current)
        return false;
    realVfs = current;
    wrapperVfs = *current; // every other entry point as the real one
    wrapperVfs.zName = "switchboard-test-fulldisk";
    wrapperVfs.szOsFile = int(sizeof(WrappedFile)) + current->szOsFile;
    wrapperVfs.pNext = nullptr;
    wrapperVfs.xOpen = xOpen;
    // The real VFS's own functions get their own pAppData back: pass them the real VFS.
    wrapperVfs.xDelete = [](sqlite3_vfs *, const char *name, int syncDir) {
        return realVfs->xDelete(realVfs, name, syncDir);
    };
    wrapperVfs.xAccess = [](sqlite3_vfs *, const char *name, int flags, int *out) {
        return realVfs->xAccess(realVfs, name, flags, out);
    };
    wrapperVfs.xFullPathname = [](sqlite3_vfs *, const char *name, int n, char *out) {
        return realVfs->xFullPathname(realVfs, name, n, out);
    };
    wrapperVfs.xRandomness = [](sqlite3_vfs *, int n, char *out) {
        return realVfs->xRandomness(realVfs, n, out);
    };
    wrapperVfs.xSleep = [](sqlite3_vfs *, int us) { return realVfs->xSleep(realVfs, us); };
    wrapperVfs.xCurrentTime = [](sqlite3_vfs *, double *out) {
        return realVfs->xCurrentTime(realVfs, out);
    };
    wrapperVfs.xGetLastError = [](sqlite3_vfs *, int n, char *out) {
        return realVfs->xGetLastError ? realVfs->xGetLastError(realVfs, n, out) : 0;
    };
    wrapperVfs.xCurrentTimeInt64 = [](sqlite3_vfs *, sqlite3_int64 *out) {
        return realVfs->xCurrentTimeInt64(realVfs, out);
    };
    // Dynamic loading and system calls are not needed by any test.
    wrapperVfs.xDlOpen = [](sqlite3_vfs *, const char *name) {
        return realVfs->xDlOpen(realVfs, name);
    };
    wrapperVfs.xDlError = [](sqlite3_vfs *, int n, char *out) {
        realVfs->xDlError(realVfs, n, out);
    };
    wrapperVfs.xDlSym = [](sqlite3_vfs *, void *handle, const char *symbol) {
        return realVfs->xDlSym(realVfs, handle, symbol);
    };
    wrapperVfs.xDlClose = [](sqlite3_vfs *, void *handle) { realVfs->xDlClose(realVfs, handle); };
    wrapperVfs.xSetSystemCall = nullptr;
    wrapperVfs.xGetSystemCall = nullptr;
    wrapperVfs.xNextSystemCall = nullptr;
    return sqlite3_vfs_register(&wrapperVfs, 1) == SQLITE_OK;
}

void setFull(bool value)
{
    full = value;
}

void setOnlyUnder(const char *folder)
{
    const std::lock_guard lock(onlyUnderMutex);
    onlyUnder = folder ? folder : "";
}

bool isFull()
{
    return full;
}

int writeCount()
{
    return writes;
}

int refusedCount()
{
    return refused;
}

} // namespace FullDisk
