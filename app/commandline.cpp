#include "commandline.h"

#include "section.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxSandboxNumbers = 100000;
constexpr int maxAccountNameLength = 200;
constexpr int maxTimeoutSeconds = 3600;
} // namespace

QString CommandLine::qtOptionsHelp()
{
    // The options QApplication reads itself. QCommandLineParser can only print them from
    // process(), which exits, and only those of the application object that exists (none
    // yet at this point: --help must answer without a display).
    const QList<QPair<QString, QString>> options{
        {u"-platform <name>"_s, tr("Window system plugin: xcb, wayland, offscreen…")},
        {u"-platformtheme <name>"_s, tr("Platform theme (colours, icons, dialogs).")},
        {u"-style <name>"_s, tr("Widget style, e.g. Fusion.")},
        {u"-stylesheet <file>"_s, tr("A Qt style sheet for the whole application.")},
        {u"-reverse"_s, tr("Lay the window out right to left.")},
        {u"-qwindowgeometry <geometry>"_s, tr("Size and place of the window, e.g. 1000x700+0+0.")},
        {u"-display <display>"_s, tr("X11 display to use (the xcb platform).")},
    };
    QString text = u"\n"_s + tr("Qt options:") + u"\n"_s;
    for (const auto &[name, description] : options)
        text += u"  %1  %2\n"_s.arg(name, -28).arg(description);
    text += tr("More in the Qt documentation: %1")
                .arg(u"https://doc.qt.io/qt-6/qapplication.html#QApplication"_s)
            + u"\n"_s;
    return text;
}

QStringList CommandLine::withoutQtOptions(const QStringList &arguments)
{
    // What QGuiApplication and QApplication take out of argv themselves. The command line is
    // read before they exist (--help must answer without a display), so leave them to them.
    static const QStringList withValue{u"platform"_s, u"platformpluginpath"_s,
                                       u"platformtheme"_s, u"plugin"_s, u"qwindowgeometry"_s,
                                       u"qwindowicon"_s, u"qwindowtitle"_s, u"session"_s,
                                       u"display"_s, u"geometry"_s, u"style"_s, u"stylesheet"_s};
    static const QStringList flags{u"reverse"_s, u"widgetcount"_s};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i == 0 || !arg.startsWith(u'-') || arg == u"--"_s) {
            kept << arg;
            continue;
        }
        QString name = arg.mid(arg.startsWith(u"--"_s) ? 2 : 1);
        const bool inlineValue = name.contains(u'=');
        name = name.section(u'=', 0, 0);
        if (flags.contains(name) || name == u"qmljsdebugger"_s)
            continue;
        if (withValue.contains(name)) {
            if (!inlineValue)
                ++i; // its value follows
            continue;
        }
        kept << arg;
    }
    return kept;
}

CommandLineResult CommandLine::parse(const QStringList &allArguments)
{
    const QStringList arguments = withoutQtOptions(allArguments);
    CommandLineResult result;
    CommandLineOptions &options = result.options;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Switchboard: a desktop console for cloud telephony accounts.\n"
           "With no account configured it starts a local sandbox with demo data."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    const QCommandLineOption sandboxOption(
        u"sandbox"_s, tr("Use the embedded sandbox with demo data, even when accounts are "
                         "configured."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        tr("Open the window, wait until the selected section has loaded, save a PNG of the "
           "window to <file> and exit. Uses a scratch data folder with fresh demo data (your "
           "drafts and data are neither shown nor changed) unless --data-dir is given."),
        tr("file"));
    const QCommandLineOption sectionOption(
        u"section"_s,
        tr("Section to show first: %1.").arg(sectionKeys().join(u", "_s)), tr("name"));
    const QCommandLineOption accountOption(
        u"account"_s,
        tr("Open on the account with this display name (as in Settings ▸ Accounts), e.g. "
           "\"Acme production\"."),
        tr("name"));
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        tr("Keep settings, sandbox data and drafts in <dir> instead of the usual places."),
        tr("dir"));
    const QCommandLineOption numbersOption(
        u"sandbox-numbers"_s,
        tr("Phone numbers per demo account when the sandbox is first filled (1 to %1; "
           "default %2).")
            .arg(maxSandboxNumbers)
            .arg(options.sandboxNumbers),
        tr("count"));
    const QCommandLineOption faultOption(
        u"sandbox-fault"_s,
        tr("Make the embedded sandbox misbehave, to see how Switchboard copes: latency=MS, "
           "error-rate=0..1, throttle=N, drop-rate=0..1, lost-answer-rate=0..1, "
           "garble-rate=0..1, retry-after=S (or date, date+S) for throttled answers, "
           "late-commit-rate=0..1 or late-commit-ms=MS, or seed=N to meet the same faults "
           "again (the seed in use is logged). Repeatable."),
        tr("name=value"));
    const QCommandLineOption timeoutOption(
        u"screenshot-timeout"_s,
        tr("Seconds --screenshot waits for the section to load (default %1).")
            .arg(options.screenshotTimeoutSeconds),
        tr("seconds"));
    parser.addOptions({sandboxOption, screenshotOption, sectionOption, accountOption,
                       dataDirOption, numbersOption, faultOption, timeoutOption});

    auto fail = [&result](const QString &message) {
        result.action = CommandLineResult::Action::Error;
        result.text = message;
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    // addHelpOption() also adds --help-all, which parse() (unlike process(), which would
    // exit) merely records: it is help too, with the options every Qt application takes.
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        result.action = CommandLineResult::Action::ShowHelp;
        result.text = parser.helpText();
        if (parser.isSet(u"help-all"_s))
            result.text += qtOptionsHelp();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLineResult::Action::ShowVersion;
        result.text = u"%1 %2\n"_s.arg(QCoreApplication::applicationName(),
                                        QCoreApplication::applicationVersion());
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    // A value option given twice is a mistake: say so rather than pick one silently.
    for (const QCommandLineOption &single :
         {screenshotOption, sectionOption, accountOption, dataDirOption, numbersOption,
          timeoutOption}) {
        if (parser.values(single).size() > 1)
            return fail(tr("Option “--%1” is given more than once.").arg(single.names().first()));
    }

    options.sandbox = parser.isSet(sandboxOption);

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        if (file.trimmed().isEmpty())
            return fail(tr("--screenshot needs a file name."));
        if (QFileInfo(file).suffix().compare(u"png"_s, Qt::CaseInsensitive) != 0)
            return fail(tr("The screenshot is a PNG image: “%1” must end in .png.").arg(file));
        options.screenshotFile = file;
    }

    if (parser.isSet(sectionOption)) {
        const QString name = parser.value(sectionOption);
        Section section = Section::Properties;
        if (!sectionFromKey(name, &section)) {
            return fail(tr("Unknown section “%1”; choose one of: %2.")
                            .arg(name, sectionKeys().join(u", "_s)));
        }
        options.section = sectionKey(section);
    }

    if (parser.isSet(accountOption)) {
        const QString name = parser.value(accountOption).trimmed();
        if (name.isEmpty())
            return fail(tr("--account needs the account’s name."));
        if (name.size() > maxAccountNameLength)
            return fail(tr("--account: no account has a name that long."));
        options.account = name;
    }

    if (parser.isSet(dataDirOption)) {
        const QString dir = parser.value(dataDirOption);
        if (dir.trimmed().isEmpty())
            return fail(tr("--data-dir needs a folder."));
        const QFileInfo info(dir);
        if (info.exists() && !info.isDir())
            return fail(tr("--data-dir “%1” is a file, not a folder.").arg(dir));
        options.dataDir = info.absoluteFilePath();
    }

    if (parser.isSet(numbersOption)) {
        bool ok = false;
        const int n = parser.value(numbersOption).toInt(&ok);
        if (!ok || n < 1 || n > maxSandboxNumbers) {
            return fail(tr("--sandbox-numbers must be a whole number from 1 to %1, not “%2”.")
                            .arg(maxSandboxNumbers)
                            .arg(parser.value(numbersOption)));
        }
        options.sandboxNumbers = n;
    }

    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        if (!options.sandboxFaults.parse(spec, &error))
            return fail(tr("--sandbox-fault “%1”: %2").arg(spec, error));
    }

    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const int s = parser.value(timeoutOption).toInt(&ok);
        if (!ok || s < 1 || s > maxTimeoutSeconds) {
            return fail(tr("--screenshot-timeout must be a whole number of seconds from 1 to "
                           "%1, not “%2”.")
                            .arg(maxTimeoutSeconds)
                            .arg(parser.value(timeoutOption)));
        }
        options.screenshotTimeoutSeconds = s;
    }

    return result;
}

QJsonObject CommandLine::forwardedOptions(const CommandLineOptions &options)
{
    QJsonObject forwarded;
    if (!options.section.isEmpty())
        forwarded.insert(u"section"_s, options.section);
    if (!options.account.isEmpty())
        forwarded.insert(u"account"_s, options.account);
    return forwarded;
}

CommandLineOptions CommandLine::fromForwarded(const QJsonObject &forwarded)
{
    CommandLineOptions options;
    Section section = Section::Properties;
    if (const QString key = forwarded.value(u"section"_s).toString();
        sectionFromKey(key, &section)) {
        options.section = sectionKey(section);
    }
    if (const QString name = forwarded.value(u"account"_s).toString().trimmed();
        !name.isEmpty() && name.size() <= maxAccountNameLength) {
        options.account = name;
    }
    return options;
}
