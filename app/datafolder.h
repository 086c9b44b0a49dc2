#pragma once

#include <QCoreApplication>
#include <QString>

// Where Switchboard keeps its drafts and the embedded sandbox's data when no --data-dir is
// given: one folder named after the application under the data home
// (~/.local/share/Switchboard). Versions before set the organisation and the application
// name to the same word and got ~/.local/share/Switchboard/Switchboard; the first start of
// this one moves that folder up a level (migrateLegacy()).
//
//     DataFolder::migrateLegacy(&message);       // before anything opens a file there
//     const QString folder = DataFolder::location();
class DataFolder
{
    Q_DECLARE_TR_FUNCTIONS(DataFolder)

public:
    enum class Migration {
        NothingToMove, // no old folder (or nothing in it)
        Moved,         // the old folder is the new one now
        InUse,         // a running Switchboard holds the old folder: it stays in use
        BothHaveData,  // the new folder has data of its own: both are kept as they are
        Failed,        // the file system refused; nothing was lost, the old folder is used
    };

    // The folder to use now: the new one, unless the old one still holds the data (a
    // migration that could not happen yet).
    static QString location();
    // ~/.local/share/Switchboard and the old ~/.local/share/Switchboard/Switchboard.
    static QString newLocation();
    static QString legacyLocation();

    // Moves the old folder's contents to the new place as a whole: the old folder is renamed
    // (one atomic step) to a sibling of the new one, then takes its place. A start that is
    // killed half way finishes the move next time; no file is ever copied or deleted.
    // `message` (if given) says what happened, for the log, when it is not NothingToMove.
    static Migration migrateLegacy(QString *message = nullptr);
    // The same between any two folders where `legacy` sits directly inside `target` (tests).
    static Migration migrate(const QString &legacy, const QString &target, QString *message = nullptr);
};
