// `switchboard --screenshot FILE` as users and the README's pictures run it: the built
// executable, headless (offscreen), with its data and settings in a temporary folder.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int runTimeoutMs = 150000;
}

class tst_Screenshot : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesWindowPicture_data();
    void writesWindowPicture();
    void unwritableFileFails();
    void withoutDataDirLeavesUserDataAlone();
    void loadFailureFails();
    void badFlagExitsTwo();
    void helpAndVersion();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        bool finished = false;
    };
    Run run(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Screenshot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

tst_Screenshot::Run tst_Screenshot::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    // Nothing of the user's: settings, data and caches go to the temporary folder.
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data-home"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SWITCHBOARD_EXE), arguments);
    Run result;
    if (!process.waitForStarted())
        return result;
    result.finished = process.waitForFinished(runTimeoutMs);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

void tst_Screenshot::writesWindowPicture_data()
{
    QTest::addColumn<QString>("section");
    QTest::newRow("default section") << QString();
    QTest::newRow("drafts") << u"drafts"_s;
}

void tst_Screenshot::writesWindowPicture()
{
    QFETCH(QString, section);
    const QString file = m_dir->filePath(u"shot.png"_s);
    QStringList args{u"--screenshot"_s, file, u"--data-dir"_s, m_dir->filePath(u"app"_s),
                     u"--sandbox-numbers"_s, u"40"_s};
    if (!section.isEmpty())
        args << u"--section"_s << section;
    const Run r = run(args);
    QVERIFY2(r.finished, "switchboard did not finish");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"shot.png"_s), qPrintable(r.out));

    QImage image;
    QVERIFY(image.load(file, "PNG"));
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not blank: a real window has text, icons and frames in many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(u"%1 colours"_s.arg(colours.size())));
    // The sandbox keeps its data in the data folder.
    QVERIFY(QDir(m_dir->filePath(u"app/sandbox"_s)).exists());
}

void tst_Screenshot::withoutDataDirLeavesUserDataAlone()
{
    const QString file = m_dir->filePath(u"fresh.png"_s);
    const Run r = run({u"--screenshot"_s, file, u"--sandbox-numbers"_s, u"20"_s});
    QVERIFY2(r.finished, "switchboard did not finish");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QImage(file).size() == QSize(1280, 800));
    // A picture uses fresh demo data in a scratch folder: the user's data folder (under the
    // isolated XDG_DATA_HOME) gets no sandbox and no drafts database.
    const QDir dataHome(m_dir->filePath(u"data-home"_s));
    QVERIFY2(!dataHome.exists() || dataHome.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
             qPrintable(dataHome.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u", "_s)));
}

void tst_Screenshot::unwritableFileFails()
{
    const QString file = m_dir->filePath(u"no/such/folder/shot.png"_s);
    const Run r = run({u"--screenshot"_s, file, u"--data-dir"_s, m_dir->filePath(u"app"_s),
                       u"--sandbox-numbers"_s, u"10"_s, u"--section"_s, u"drafts"_s});
    QVERIFY(r.finished);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(u"Could not write"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
}

void tst_Screenshot::loadFailureFails()
{
#if !__has_include("properties/propertiespane.h")
    QSKIP("The Properties pane is not built yet: every section loads at once.");
#endif
    // Every request answers 500: the Properties list cannot load.
    const QString file = m_dir->filePath(u"shot.png"_s);
    const Run r = run({u"--screenshot"_s, file, u"--data-dir"_s, m_dir->filePath(u"app"_s),
                       u"--sandbox-numbers"_s, u"10"_s, u"--section"_s, u"properties"_s,
                       u"--sandbox-fault"_s, u"error-rate=1"_s, u"--screenshot-timeout"_s,
                       u"60"_s});
    QVERIFY(r.finished);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(!r.err.trimmed().isEmpty(), "no message");
    QVERIFY(!QFile::exists(file));
}

void tst_Screenshot::badFlagExitsTwo()
{
    const Run r = run({u"--screenshot"_s, m_dir->filePath(u"shot.jpg"_s)});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u".png"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"--help"_s));

    const Run unknown = run({u"--no-such-flag"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"no-such-flag"_s), qPrintable(unknown.err));
}

void tst_Screenshot::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"--screenshot"_s), qPrintable(help.out));
    QVERIFY(help.out.contains(u"--sandbox"_s));

    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), u"Switchboard " SWITCHBOARD_VERSION ""_s);
}

QTEST_GUILESS_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
