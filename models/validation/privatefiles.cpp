#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PrivateFiles {

namespace {
constexpr QFile::Permissions FolderMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions FileMode = QFile::ReadOwner | QFile::WriteOwner;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

bool makeFolder(const QString &path, QString *error)
{
    if (path.isEmpty())
        return fail(error, u"no folder given"_s);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    // The missing folders from the top down, each made 0700 (QDir::mkpath has no mode).
    QStringList missing;
    for (QString at = absolute; !at.isEmpty() && !QFileInfo::exists(at);) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, FolderMode) && !QFileInfo(folder).isDir()) {
            const QString parent = QFileInfo(folder).path();
            if (!QFileInfo(parent).isWritable())
                return fail(error, u"permission denied in %1"_s.arg(QDir::toNativeSeparators(parent)));
            return fail(error, u"cannot create %1"_s.arg(QDir::toNativeSeparators(folder)));
        }
    }
    if (!QFileInfo(absolute).isDir())
        return fail(error, u"%1 is not a folder"_s.arg(QDir::toNativeSeparators(absolute)));
    return true;
}

bool prepareFile(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    // NewOnly: never truncate or re-permission a file that appeared meanwhile.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FileMode)) {
        if (QFileInfo::exists(path))
            return true;
        return fail(error, file.errorString());
    }
    return true;
}

} // namespace PrivateFiles
