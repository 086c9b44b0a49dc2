#include "datafolder.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
// The old folder while it moves: beside the new one, on the same file system.
QString movingPath(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + u"/."_s + info.fileName() + u"-moving"_s;
}

// Entries of `dir` except `except` (a name), hidden ones included.
QStringList entriesOf(const QString &dir, const QString &except = {})
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                            | QDir::System);
    names.removeAll(except);
    return names;
}
} // namespace

QString DataFolder::newLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName());
}

QString DataFolder::legacyLocation()
{
    return QDir(newLocation()).filePath(QCoreApplication::applicationName());
}

QString DataFolder::location()
{
    const QString target = newLocation();
    const QString legacy = legacyLocation();
    // A move that stopped half way and could not finish: the data waits there.
    if (const QString moving = movingPath(target); QFileInfo(moving).isDir())
        return moving;
    // Not moved yet (in use, or the move failed): the data is still where it was.
    if (QFileInfo(legacy).isDir() && !entriesOf(legacy).isEmpty()
        && entriesOf(target, QFileInfo(legacy).fileName()).isEmpty())
        return legacy;
    return target;
}

DataFolder::Migration DataFolder::migrateLegacy(QString *message)
{
    return migrate(legacyLocation(), newLocation(), message);
}

DataFolder::Migration DataFolder::migrate(const QString &legacy, const QString &target,
                                          QString *message)
{
    const auto say = [message](Migration outcome, const QString &text) {
        if (message)
            *message = text;
        return outcome;
    };
    const QString moving = movingPath(target);
    const QString legacyName = QFileInfo(legacy).fileName();
    QDir parent = QFileInfo(target).dir();

    // Step 2 of a move that was interrupted: the old folder waits beside the new one.
    if (!QFileInfo(moving).isDir()) {
        if (!QFileInfo(legacy).isDir() || entriesOf(legacy).isEmpty())
            return say(Migration::NothingToMove, {});
        if (!entriesOf(target, legacyName).isEmpty()) {
            return say(Migration::BothHaveData,
                       tr("%1 has data already, so the data of an older Switchboard in %2 was "
                          "left where it is.")
                           .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(legacy)));
        }
        // A Switchboard running from the old folder keeps it until it quits.
        QLockFile lock(QDir(legacy).filePath(u"instance.lock"_s));
        if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError) {
            return say(Migration::InUse,
                       tr("%1 is in use by a running Switchboard; it moves to %2 on a later start.")
                           .arg(QDir::toNativeSeparators(legacy), QDir::toNativeSeparators(target)));
        }
        lock.unlock();
        // Step 1, atomic: the whole folder leaves the new one's place.
        if (!parent.rename(legacy, moving)) {
            return say(Migration::Failed,
                       tr("Could not move %1 to %2; it stays in use where it is.")
                           .arg(QDir::toNativeSeparators(legacy), QDir::toNativeSeparators(moving)));
        }
    }

    // Step 2: the new folder (empty now but for nothing, or left over) gives way.
    if (QFileInfo(target).exists()) {
        if (!entriesOf(target).isEmpty() || !parent.rmdir(QFileInfo(target).fileName())) {
            // Something appeared there meanwhile: put the old folder back, untouched.
            QDir().mkpath(target);
            const bool back = parent.rename(moving, legacy);
            return say(Migration::Failed,
                       back ? tr("Could not make room for the data in %1; it stays in %2.")
                                  .arg(QDir::toNativeSeparators(target),
                                       QDir::toNativeSeparators(legacy))
                            : tr("Could not make room for the data in %1; it is kept in %2.")
                                  .arg(QDir::toNativeSeparators(target),
                                       QDir::toNativeSeparators(moving)));
        }
    }
    if (!parent.rename(moving, target)) {
        return say(Migration::Failed, tr("Could not move %1 to %2; it is kept there.")
                                          .arg(QDir::toNativeSeparators(moving),
                                               QDir::toNativeSeparators(target)));
    }
    return say(Migration::Moved, tr("The data folder moved from %1 to %2.")
                                     .arg(QDir::toNativeSeparators(legacy),
                                          QDir::toNativeSeparators(target)));
}
