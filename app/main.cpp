// Switchboard: parse the command line, make sure this is the one Switchboard for its data
// folder (or hand over to the one that is), then hand over to AppController.
#include "appcontroller.h"
#include "commandline.h"
#include "datafolder.h"
#include "icons.h"
#include "localization.h"
#include "sandboxlog.h"
#include "singleinstance.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Switchboard"_s);
    QCoreApplication::setApplicationName(u"Switchboard"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
}

// Before any window system is touched, so that --help, --version and a bad flag answer on
// a machine without a display as well, and so that a second start for a data folder hands
// its options to the running Switchboard and exits without ever opening a window.
// Returns the exit code when the process is done; otherwise *instance holds the folder's
// claim (null when it takes no part: --screenshot, or the holder did not answer).
std::optional<int> prepare(int argc, char *argv[], CommandLineResult *command,
                           std::unique_ptr<SingleInstance> *instance)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslators(&app);
    *command = CommandLine::parse(QCoreApplication::arguments());
    switch (command->action) {
    case CommandLineResult::Action::ShowHelp:
    case CommandLineResult::Action::ShowVersion:
        QTextStream(stdout) << command->text;
        return 0;
    case CommandLineResult::Action::Error:
        QTextStream(stderr) << "switchboard: " << command->text << '\n'
                            << QCoreApplication::translate("main",
                                                           "Try “switchboard --help”.")
                            << '\n';
        return CommandLine::usageExitCode;
    case CommandLineResult::Action::Run:
        break;
    }

    // The data folder of older versions (Switchboard/Switchboard) moves up a level before
    // anything opens a file in either.
    if (command->options.dataDir.isEmpty() && command->options.screenshotFile.isEmpty()) {
        QString message;
        if (DataFolder::migrateLegacy(&message) != DataFolder::Migration::NothingToMove)
            QTextStream(stderr) << "switchboard: " << message << '\n';
    }

    const QString folder = AppController::singleInstanceFolder(command->options);
    if (folder.isEmpty())
        return std::nullopt;
    auto single = std::make_unique<SingleInstance>(folder);
    if (single->claim()) {
        *instance = std::move(single);
        return std::nullopt;
    }

    // Another start holds the folder. No window exists yet, so an event loop of our own
    // waits for its answer (bounded by the hand-over's deadline).
    SingleInstance::HandOver outcome = SingleInstance::HandOver::NoAnswer;
    QObject::connect(single.get(), &SingleInstance::handOverFinished, &app,
                     [&outcome](SingleInstance::HandOver result) {
                         outcome = result;
                         QCoreApplication::quit();
                     });
    single->handOver(CommandLine::forwardedOptions(command->options));
    QCoreApplication::exec();
    const QString message = single->outcomeText(outcome);
    switch (outcome) {
    case SingleInstance::HandOver::Done:
        QTextStream(stdout) << "switchboard: " << message << '\n';
        return 0;
    case SingleInstance::HandOver::Claimed: // it quit meanwhile: this one takes over
        QTextStream(stderr) << "switchboard: " << message << '\n';
        *instance = std::move(single);
        return std::nullopt;
    case SingleInstance::HandOver::NoAnswer:
        break;
    }
    // Start anyway: the window says it is read-only when the drafts are locked.
    QTextStream(stderr) << "switchboard: " << message << '\n';
    return std::nullopt;
}
} // namespace

int main(int argc, char *argv[])
{
    // What Switchboard creates (data folder, drafts, settings, the sandbox's credentials)
    // is the user's alone; folders that exist keep their mode.
    ::umask(077);
    // Before anything logs: Qt HttpServer's debug output (the embedded sandbox) holds every
    // request header, credentials included, whatever QT_LOGGING_RULES asks for.
    SandboxLog::installLogFilter();
    CommandLineResult command;
    std::unique_ptr<SingleInstance> instance;
    if (const std::optional<int> exitCode = prepare(argc, argv, &command, &instance))
        return *exitCode;

    // One line per sandbox request is for debugging the sandbox, not for users;
    // QT_LOGGING_RULES still turns it back on.
    QLoggingCategory::setFilterRules(u"switchboard.sandbox.http.debug=false"_s);

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(u"Switchboard"_s);
    QGuiApplication::setDesktopFileName(u"io.github.switchboard.Switchboard"_s);
    QApplication::setWindowIcon(Icons::appIcon());
    installTranslators(&app);

    AppController controller(command.options);
    QObject::connect(&controller, &AppController::exitRequested, &app,
                     [](int code, const QString &message) {
                         QTextStream(code == 0 ? stdout : stderr)
                             << "switchboard: " << message << '\n';
                         QCoreApplication::exit(code);
                     });
    if (instance) {
        QObject::connect(instance.get(), &SingleInstance::messageReceived, &controller,
                         [&controller](const QJsonObject &options) {
                             controller.handleForwardedOptions(CommandLine::fromForwarded(options));
                         });
        instance->listen();
    }
    controller.start();
    const int exitCode = QApplication::exec();
    instance.reset(); // stops listening, then lets go of the folder, while the app exists
    return exitCode;
}
