#pragma once

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the command line asks for. Defaults are a normal interactive start.
struct CommandLineOptions
{
    bool sandbox = false;           // --sandbox: use the embedded sandbox even with accounts
    QString screenshotFile;         // --screenshot FILE: write a PNG of the window and exit
    int sandboxNumbers = 300;       // --sandbox-numbers N: numbers per demo account
    FaultOptions sandboxFaults;     // --sandbox-fault NAME=VALUE (repeatable)
    QString dataDir;                // --data-dir DIR: settings, sandbox data, drafts
    QString section;                // --section NAME: a section key (see section.h), or ""
    QString account;                // --account NAME: the account's display name (or id)
    int screenshotTimeoutSeconds = 60; // --screenshot-timeout S
};

struct CommandLineResult
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    CommandLineOptions options;
    // The help or version text for ShowHelp/ShowVersion; the reason for Error.
    QString text;
};

// Parses the whole argument list (arguments.first() is the program). Never exits and
// never touches the disk, so it is unit-testable; main() prints `text` and exits 0 for
// help and version, 2 for an error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Qt's own options (-style Fusion, -platform xcb, -qwindowgeometry 1000x700…) are left
    // out: QApplication reads them itself later.
    static CommandLineResult parse(const QStringList &arguments);
    static QStringList withoutQtOptions(const QStringList &arguments);

    // What a second start for the same data folder hands to the running Switchboard (see
    // SingleInstance): the options that mean something to a window already open, keyed by
    // their long names ({"section": "drafts"}); options left at their default are left out.
    static QJsonObject forwardedOptions(const CommandLineOptions &options);
    // The reverse, for the running one. Unknown keys and bad values are ignored, so that
    // older and newer versions can talk to each other.
    static CommandLineOptions fromForwarded(const QJsonObject &forwarded);
    // What --help-all adds to --help: the options Qt's application object reads.
    static QString qtOptionsHelp();
    // Exit status for a bad command line (as the usual Unix tools).
    static constexpr int usageExitCode = 2;
};
