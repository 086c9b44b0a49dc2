// The data folder: one level (Switchboard, not Switchboard/Switchboard), the old folder
// moved up on first start with drafts, settings and sandbox data intact, and never a file
// lost when the move cannot happen or stops half way. Then --help-all of both executables.

#include "datafolder.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DataFolder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void oneLevelUnderTheDataHome();
    void oldFolderMovesUp();
    void nothingToMove();
    void oldFolderInUseStaysInUse();
    void bothHaveDataKeepsBoth();
    void interruptedMoveFinishes();

    void helpAll_data();
    void helpAll();

private:
    static void write(const QString &path, const QByteArray &content);
    static QByteArray read(const QString &path);
    void fillLegacy();

    std::unique_ptr<QTemporaryDir> m_home;
    QByteArray m_oldDataHome;
};

void tst_DataFolder::init()
{
    QCoreApplication::setOrganizationName(u"Switchboard"_s);
    QCoreApplication::setApplicationName(u"Switchboard"_s);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_oldDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->path()));
}

void tst_DataFolder::cleanup()
{
    if (m_oldDataHome.isEmpty())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", m_oldDataHome);
    m_home.reset();
}

void tst_DataFolder::write(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray tst_DataFolder::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// What an older Switchboard left: drafts (with a WAL), settings of a --data-dir run, the
// embedded sandbox's database.
void tst_DataFolder::fillLegacy()
{
    const QDir legacy(DataFolder::legacyLocation());
    write(legacy.filePath(u"drafts.sqlite"_s), "drafts");
    write(legacy.filePath(u"drafts.sqlite-wal"_s), "journal");
    write(legacy.filePath(u"switchboard.ini"_s), "[General]\n");
    write(legacy.filePath(u"sandbox/sandbox.sqlite"_s), "sandbox");
}

void tst_DataFolder::oneLevelUnderTheDataHome()
{
    QCOMPARE(DataFolder::newLocation(), m_home->filePath(u"Switchboard"_s));
    QCOMPARE(DataFolder::legacyLocation(), m_home->filePath(u"Switchboard/Switchboard"_s));
    // What Qt gives for organisation and application both "Switchboard": the old place.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
             DataFolder::legacyLocation());
    QCOMPARE(DataFolder::location(), DataFolder::newLocation());
}

void tst_DataFolder::oldFolderMovesUp()
{
    fillLegacy();
    QCOMPARE(DataFolder::location(), DataFolder::legacyLocation()); // not moved yet
    QString message;
    QCOMPARE(DataFolder::migrateLegacy(&message), DataFolder::Migration::Moved);
    QVERIFY2(message.contains(DataFolder::newLocation()), qPrintable(message));

    const QDir folder(DataFolder::newLocation());
    QCOMPARE(DataFolder::location(), folder.path());
    QCOMPARE(read(folder.filePath(u"drafts.sqlite"_s)), "drafts");
    QCOMPARE(read(folder.filePath(u"drafts.sqlite-wal"_s)), "journal");
    QCOMPARE(read(folder.filePath(u"switchboard.ini"_s)), "[General]\n");
    QCOMPARE(read(folder.filePath(u"sandbox/sandbox.sqlite"_s)), "sandbox");
    QVERIFY(!QFileInfo::exists(DataFolder::legacyLocation()));
    // Once is enough.
    QCOMPARE(DataFolder::migrateLegacy(), DataFolder::Migration::NothingToMove);
}

void tst_DataFolder::nothingToMove()
{
    QCOMPARE(DataFolder::migrateLegacy(), DataFolder::Migration::NothingToMove);
    QVERIFY(!QFileInfo::exists(DataFolder::legacyLocation()));
    QCOMPARE(DataFolder::location(), DataFolder::newLocation());
}

void tst_DataFolder::oldFolderInUseStaysInUse()
{
    fillLegacy();
    // An older Switchboard still running from the old folder.
    QLockFile held(QDir(DataFolder::legacyLocation()).filePath(u"instance.lock"_s));
    QVERIFY(held.tryLock(0));
    QString message;
    QCOMPARE(DataFolder::migrateLegacy(&message), DataFolder::Migration::InUse);
    QVERIFY(!message.isEmpty());
    QCOMPARE(DataFolder::location(), DataFolder::legacyLocation());
    QCOMPARE(read(QDir(DataFolder::legacyLocation()).filePath(u"drafts.sqlite"_s)), "drafts");
    held.unlock();
    // The next start moves it.
    QCOMPARE(DataFolder::migrateLegacy(), DataFolder::Migration::Moved);
    QCOMPARE(read(QDir(DataFolder::location()).filePath(u"drafts.sqlite"_s)), "drafts");
}

void tst_DataFolder::bothHaveDataKeepsBoth()
{
    fillLegacy();
    write(QDir(DataFolder::newLocation()).filePath(u"drafts.sqlite"_s), "newer drafts");
    QString message;
    QCOMPARE(DataFolder::migrateLegacy(&message), DataFolder::Migration::BothHaveData);
    QVERIFY2(message.contains(DataFolder::legacyLocation()), qPrintable(message));
    QCOMPARE(DataFolder::location(), DataFolder::newLocation());
    QCOMPARE(read(QDir(DataFolder::newLocation()).filePath(u"drafts.sqlite"_s)), "newer drafts");
    QCOMPARE(read(QDir(DataFolder::legacyLocation()).filePath(u"drafts.sqlite"_s)), "drafts");
    QCOMPARE(read(QDir(DataFolder::legacyLocation()).filePath(u"drafts.sqlite-wal"_s)), "journal");
}

void tst_DataFolder::interruptedMoveFinishes()
{
    fillLegacy();
    // Killed between the two renames: the old folder waits beside the new place.
    const QString moving = m_home->filePath(u".Switchboard-moving"_s);
    QVERIFY(QDir().rename(DataFolder::legacyLocation(), moving));
    QCOMPARE(DataFolder::location(), moving); // used as it is until the move finishes
    QCOMPARE(DataFolder::migrateLegacy(), DataFolder::Migration::Moved);
    QVERIFY(!QFileInfo::exists(moving));
    QCOMPARE(DataFolder::location(), DataFolder::newLocation());
    QCOMPARE(read(QDir(DataFolder::location()).filePath(u"drafts.sqlite-wal"_s)), "journal");
    QCOMPARE(read(QDir(DataFolder::location()).filePath(u"sandbox/sandbox.sqlite"_s)), "sandbox");
}

void tst_DataFolder::helpAll_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("ownOption");
    QTest::addColumn<QString>("qtOption");
    QTest::newRow("switchboard") << u"" SWITCHBOARD_EXE ""_s << u"--screenshot"_s << u"-platform"_s;
    QTest::newRow("switchboard-sandbox")
        << u"" SWITCHBOARD_SANDBOX_EXE ""_s << u"--fault"_s << u"--qmljsdebugger"_s;
}

// Prints the help with Qt's options and exits at once, without a window or a server.
void tst_DataFolder::helpAll()
{
    QFETCH(QString, program);
    QFETCH(QString, ownOption);
    QFETCH(QString, qtOption);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->path());
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // help needs no window system
    process.setProcessEnvironment(env);
    process.start(program, {u"--help-all"_s});
    QVERIFY2(process.waitForFinished(30000), "--help-all did not exit");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(ownOption), qPrintable(out));
    QVERIFY2(out.contains(qtOption), qPrintable(out));
    QVERIFY2(out.contains(u"--help-all"_s), qPrintable(out));
    // Nothing was created: help is not a start.
    QVERIFY(!QFileInfo::exists(m_home->filePath(u"Switchboard"_s)));
}

QTEST_GUILESS_MAIN(tst_DataFolder)
#include "tst_datafolder.moc"
