// The command line: every flag, good and bad values, help and version.
#include "commandline.h"

#include <QTemporaryDir>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void goodFlags_data();
    void goodFlags();
    void badFlags_data();
    void badFlags();
    void helpAndVersion();
    void faults();
    void forwardedOptions();
    void dataDirThatIsAFile();
};

void tst_CommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(u"Switchboard"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void tst_CommandLine::defaults()
{
    const CommandLineResult r = CommandLine::parse({u"switchboard"_s});
    QCOMPARE(r.action, CommandLineResult::Action::Run);
    QVERIFY(!r.options.sandbox);
    QVERIFY(r.options.screenshotFile.isEmpty());
    QVERIFY(r.options.dataDir.isEmpty());
    QVERIFY(r.options.section.isEmpty());
    QCOMPARE(r.options.sandboxNumbers, 300);
    QCOMPARE(r.options.screenshotTimeoutSeconds, 60);
}

void tst_CommandLine::goodFlags_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("numbers");
    QTest::addColumn<int>("timeout");

    QTest::newRow("sandbox") << QStringList{u"--sandbox"_s} << true << QString() << QString()
                             << 300 << 60;
    QTest::newRow("screenshot") << QStringList{u"--screenshot"_s, u"shot.png"_s} << false
                                << u"shot.png"_s << QString() << 300 << 60;
    QTest::newRow("screenshot with =") << QStringList{u"--screenshot=a/b.PNG"_s} << false
                                       << u"a/b.PNG"_s << QString() << 300 << 60;
    QTest::newRow("section properties") << QStringList{u"--section"_s, u"properties"_s}
                                        << false << QString() << u"properties"_s << 300 << 60;
    QTest::newRow("section alias numbers") << QStringList{u"--section=numbers"_s} << false
                                           << QString() << u"numbers-twilio"_s << 300 << 60;
    QTest::newRow("section upper case") << QStringList{u"--section=Drafts"_s} << false
                                        << QString() << u"drafts"_s << 300 << 60;
    QTest::newRow("section signalwire") << QStringList{u"--section=signalwire"_s} << false
                                        << QString() << u"numbers-signalwire"_s << 300 << 60;
    QTest::newRow("numbers") << QStringList{u"--sandbox-numbers"_s, u"5000"_s} << false
                             << QString() << QString() << 5000 << 60;
    QTest::newRow("numbers maximum") << QStringList{u"--sandbox-numbers=100000"_s} << false
                                     << QString() << QString() << 100000 << 60;
    QTest::newRow("timeout") << QStringList{u"--screenshot-timeout=5"_s} << false << QString()
                             << QString() << 300 << 5;
    QTest::newRow("everything")
        << QStringList{u"--sandbox"_s, u"--screenshot"_s, u"x.png"_s, u"--section"_s,
                       u"broadcast"_s, u"--sandbox-numbers"_s, u"12"_s}
        << true << u"x.png"_s << u"broadcast"_s << 12 << 60;
}

void tst_CommandLine::goodFlags()
{
    QFETCH(QStringList, args);
    args.prepend(u"switchboard"_s);
    const CommandLineResult r = CommandLine::parse(args);
    QVERIFY2(r.action == CommandLineResult::Action::Run, qPrintable(r.text));
    QTEST(r.options.sandbox, "sandbox");
    QTEST(r.options.screenshotFile, "screenshot");
    QTEST(r.options.section, "section");
    QTEST(r.options.sandboxNumbers, "numbers");
    QTEST(r.options.screenshotTimeoutSeconds, "timeout");
}

void tst_CommandLine::badFlags_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
    QTest::newRow("screenshot without file") << QStringList{u"--screenshot"_s}
                                             << u"screenshot"_s;
    QTest::newRow("screenshot empty") << QStringList{u"--screenshot="_s} << u"screenshot"_s;
    QTest::newRow("screenshot not png") << QStringList{u"--screenshot"_s, u"shot.jpg"_s}
                                        << u".png"_s;
    QTest::newRow("screenshot twice")
        << QStringList{u"--screenshot=a.png"_s, u"--screenshot=b.png"_s} << u"more than once"_s;
    QTest::newRow("unknown section") << QStringList{u"--section=billing"_s} << u"billing"_s;
    QTest::newRow("numbers zero") << QStringList{u"--sandbox-numbers=0"_s} << u"“0”"_s;
    QTest::newRow("numbers too many") << QStringList{u"--sandbox-numbers=100001"_s}
                                      << u"100001"_s;
    QTest::newRow("numbers not a number") << QStringList{u"--sandbox-numbers=lots"_s}
                                          << u"lots"_s;
    QTest::newRow("numbers negative") << QStringList{u"--sandbox-numbers=-4"_s} << u"-4"_s;
    QTest::newRow("data dir empty") << QStringList{u"--data-dir="_s} << u"data-dir"_s;
    QTest::newRow("timeout zero") << QStringList{u"--screenshot-timeout=0"_s}
                                  << u"screenshot-timeout"_s;
    QTest::newRow("fault unknown") << QStringList{u"--sandbox-fault=gremlins=3"_s}
                                   << u"gremlins"_s;
    QTest::newRow("lost answers above one")
        << QStringList{u"--sandbox-fault=lost-answer-rate=2"_s} << u"lost-answer-rate"_s;
    QTest::newRow("account empty") << QStringList{u"--account= "_s} << u"--account"_s;
    QTest::newRow("account twice")
        << QStringList{u"--account=A"_s, u"--account=B"_s} << u"more than once"_s;
}

void tst_CommandLine::badFlags()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    args.prepend(u"switchboard"_s);
    const CommandLineResult r = CommandLine::parse(args);
    QCOMPARE(r.action, CommandLineResult::Action::Error);
    QVERIFY2(r.text.contains(mentions), qPrintable(r.text));
    QCOMPARE(CommandLine::usageExitCode, 2);
}

void tst_CommandLine::helpAndVersion()
{
    const CommandLineResult help = CommandLine::parse({u"switchboard"_s, u"--help"_s});
    QCOMPARE(help.action, CommandLineResult::Action::ShowHelp);
    for (const QString &flag : {u"--sandbox"_s, u"--screenshot"_s, u"--section"_s,
                                u"--data-dir"_s, u"--sandbox-numbers"_s, u"--version"_s}) {
        QVERIFY2(help.text.contains(flag), qPrintable(flag));
    }
    QCOMPARE(CommandLine::parse({u"switchboard"_s, u"-h"_s}).action,
             CommandLineResult::Action::ShowHelp);
    // --screenshot says it leaves the user's data alone.
    QVERIFY2(help.text.contains(u"scratch data folder"_s), qPrintable(help.text));
    QVERIFY(!help.text.contains(u"-platform <name>"_s));

    // --help-all is help (it used to start the app), with Qt's own options.
    const CommandLineResult all = CommandLine::parse({u"switchboard"_s, u"--help-all"_s});
    QCOMPARE(all.action, CommandLineResult::Action::ShowHelp);
    QVERIFY2(all.text.startsWith(help.text), qPrintable(all.text));
    for (const QString &qtOption : {u"-platform <name>"_s, u"-style <name>"_s, u"-reverse"_s})
        QVERIFY2(all.text.contains(qtOption), qPrintable(all.text));

    // And they are taken as such, not refused as unknown options.
    const CommandLineResult withQt = CommandLine::parse(
        {u"switchboard"_s, u"-style"_s, u"Fusion"_s, u"-qwindowgeometry"_s, u"1000x700+0+0"_s,
         u"--section"_s, u"drafts"_s, u"-reverse"_s, u"--platform=offscreen"_s});
    QVERIFY2(withQt.action == CommandLineResult::Action::Run, qPrintable(withQt.text));
    QCOMPARE(withQt.options.section, u"drafts"_s);
    QCOMPARE(CommandLine::parse({u"switchboard"_s, u"-stylish"_s}).action,
             CommandLineResult::Action::Error);

    const CommandLineResult version = CommandLine::parse({u"switchboard"_s, u"--version"_s});
    QCOMPARE(version.action, CommandLineResult::Action::ShowVersion);
    QCOMPARE(version.text, u"Switchboard 9.8.7\n"_s);
}

void tst_CommandLine::faults()
{
    const CommandLineResult r = CommandLine::parse(
        {u"switchboard"_s, u"--sandbox-fault"_s, u"latency=150"_s, u"--sandbox-fault"_s,
         u"error-rate=0.5"_s, u"--sandbox-fault=lost-answer-rate=0.25"_s, u"--sandbox-fault"_s,
         u"seed=42"_s, u"--sandbox-fault"_s, u"retry-after=date+30"_s});
    QVERIFY2(r.action == CommandLineResult::Action::Run, qPrintable(r.text));
    QCOMPARE(r.options.sandboxFaults.latencyMs, 150);
    QCOMPARE(r.options.sandboxFaults.errorRate, 0.5);
    QCOMPARE(r.options.sandboxFaults.lostAnswerRate, 0.25);
    QCOMPARE(r.options.sandboxFaults.seed, std::optional<quint32>(42));
    QCOMPARE(r.options.sandboxFaults.retryAfterSeconds, 30);
    QVERIFY(r.options.sandboxFaults.retryAfterDate);
    // Without seed=, the embedded sandbox picks one (and logs it).
    QVERIFY(!CommandLine::parse({u"switchboard"_s}).options.sandboxFaults.seed);
    const CommandLineResult badSeed =
        CommandLine::parse({u"switchboard"_s, u"--sandbox-fault"_s, u"seed=lucky"_s});
    QCOMPARE(badSeed.action, CommandLineResult::Action::Error);
    QVERIFY2(badSeed.text.contains(u"seed"_s), qPrintable(badSeed.text));

    const CommandLineResult help = CommandLine::parse({u"switchboard"_s, u"--help"_s});
    QVERIFY2(help.text.contains(u"lost-answer-rate"_s), qPrintable(help.text));
    QVERIFY2(help.text.contains(u"seed=N"_s), qPrintable(help.text));
}

void tst_CommandLine::forwardedOptions()
{
    // What a second start hands to the running one: only what a running window can use.
    const CommandLineResult r = CommandLine::parse(
        {u"switchboard"_s, u"--section"_s, u"drafts"_s, u"--sandbox-numbers"_s, u"20"_s});
    QVERIFY2(r.action == CommandLineResult::Action::Run, qPrintable(r.text));
    const QJsonObject forwarded = CommandLine::forwardedOptions(r.options);
    QCOMPARE(forwarded, (QJsonObject{{u"section"_s, u"drafts"_s}}));
    QCOMPARE(CommandLine::fromForwarded(forwarded).section, u"drafts"_s);
    QVERIFY(CommandLine::forwardedOptions(CommandLineOptions{}).isEmpty());

    // --account goes along, as typed (trimmed): the running one looks the name up.
    const CommandLineResult withAccount = CommandLine::parse(
        {u"switchboard"_s, u"--account"_s, u" Acme production "_s, u"--section=numbers"_s});
    QVERIFY2(withAccount.action == CommandLineResult::Action::Run, qPrintable(withAccount.text));
    QCOMPARE(withAccount.options.account, u"Acme production"_s);
    const QJsonObject both = CommandLine::forwardedOptions(withAccount.options);
    QCOMPARE(both.value(u"account"_s).toString(), u"Acme production"_s);
    const CommandLineOptions back = CommandLine::fromForwarded(both);
    QCOMPARE(back.account, u"Acme production"_s);
    QCOMPARE(back.section, u"numbers-twilio"_s);
    QVERIFY(CommandLine::fromForwarded({{u"account"_s, QString(500, u'x')}}).account.isEmpty());
    QVERIFY(CommandLine::fromForwarded({{u"account"_s, 7}}).account.isEmpty());

    // From another version: unknown keys and bad values are left alone.
    const CommandLineOptions read = CommandLine::fromForwarded(
        {{u"section"_s, u"billing"_s}, {u"import"_s, u"/tmp/x.json"_s}});
    QVERIFY(read.section.isEmpty());
    QCOMPARE(CommandLine::fromForwarded({{u"section"_s, 3}}).section, QString());
}

void tst_CommandLine::dataDirThatIsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"plain.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();

    const CommandLineResult bad = CommandLine::parse({u"switchboard"_s, u"--data-dir"_s, file});
    QCOMPARE(bad.action, CommandLineResult::Action::Error);

    const QString fresh = dir.filePath(u"not/yet"_s);
    const CommandLineResult good =
        CommandLine::parse({u"switchboard"_s, u"--data-dir"_s, fresh});
    QCOMPARE(good.action, CommandLineResult::Action::Run);
    QCOMPARE(good.options.dataDir, fresh);
    // Parsing changes nothing on disk.
    QVERIFY(!QFileInfo::exists(fresh));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
