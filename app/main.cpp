// Switchboard: parse the command line, then hand over to AppController.
#include "appcontroller.h"
#include "commandline.h"
#include "icons.h"
#include "localization.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Switchboard"_s);
    QCoreApplication::setApplicationName(u"Switchboard"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
}

// Parsed before any window system is touched, so --help, --version and a bad flag answer
// on a machine without a display as well.
CommandLineResult parseCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslators(&app);
    return CommandLine::parse(QCoreApplication::arguments());
}
} // namespace

int main(int argc, char *argv[])
{
    const CommandLineResult command = parseCommandLine(argc, argv);
    switch (command.action) {
    case CommandLineResult::Action::ShowHelp:
    case CommandLineResult::Action::ShowVersion:
        QTextStream(stdout) << command.text;
        return 0;
    case CommandLineResult::Action::Error:
        QTextStream(stderr) << "switchboard: " << command.text << '\n'
                            << QCoreApplication::translate("main",
                                                           "Try “switchboard --help”.")
                            << '\n';
        return CommandLine::usageExitCode;
    case CommandLineResult::Action::Run:
        break;
    }

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
    controller.start();
    return QApplication::exec();
}
