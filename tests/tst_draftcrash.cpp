// A child process types into drafts through DraftAutosaver and reports every completed
// save on stdout; the parent kills it with SIGKILL mid-edit and checks that reopening the
// store shows every change reported saved. The child is this executable, run with
// --writer FOLDER.
#include "drafts/draftautosaver.h"
#include "drafts/draftstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Drafts = 2;
constexpr int KeystrokeMs = 20;
constexpr int PauseMs = DraftAutosaver::DelayMs + 40; // long enough for a save

void report(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonObject payloadFor(const QString &text)
{
    return QJsonObject{{u"Name"_s, text}, {u"MainDomain"_s, u"example.com"_s}};
}

// Types words into the drafts in turn: a burst of keystrokes, then a pause, forever.
int runWriter(const QString &folder)
{
    DraftStore store(folder);
    if (!store.open()) {
        report("error " + store.errorString().toUtf8());
        return 2;
    }
    std::vector<std::unique_ptr<DraftAutosaver>> savers;
    QStringList texts;
    for (int i = 0; i < Drafts; ++i) {
        const Draft d = store.create(DraftKind::Property, u"crash-account"_s);
        report("created " + d.id.toUtf8());
        auto saver = std::make_unique<DraftAutosaver>(&store, d.id);
        DraftAutosaver *raw = saver.get();
        QObject::connect(raw, &DraftAutosaver::saved, raw, [&store, raw] {
            report("saved " + raw->draftId().toUtf8() + ' '
                   + store.draft(raw->draftId()).title.toUtf8());
        });
        savers.push_back(std::move(saver));
        texts.append(QString());
    }

    QTimer typist;
    int keystroke = 0;
    const QString alphabet = u"abcdefghijklmnopqrstuvwxyz"_s;
    QObject::connect(&typist, &QTimer::timeout, &typist, [&] {
        const int word = keystroke / 6;
        const int which = word % Drafts;
        const bool endOfWord = keystroke % 6 == 5;
        QString &text = texts[which];
        text += endOfWord ? u' ' : alphabet.at(keystroke % alphabet.size());
        savers[size_t(which)]->update(payloadFor(text), text, text.size() > 3);
        ++keystroke;
        typist.start(endOfWord ? PauseMs : KeystrokeMs);
    });
    typist.start(KeystrokeMs);
    return QCoreApplication::exec();
}
} // namespace

class tst_DraftCrash : public QObject
{
    Q_OBJECT

private slots:
    void killMidEditLosesNothingSaved();
};

void tst_DraftCrash::killMidEditLosesNothingSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QHash<QString, QString> lastSaved; // draft id -> title reported saved
    QStringList created;
    int saves = 0;
    QByteArray buffer;
    connect(&child, &QProcess::readyReadStandardOutput, this, [&] {
        buffer += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(newline));
            buffer.remove(0, newline + 1);
            if (line.startsWith(u"created "_s)) {
                created << line.mid(8);
            } else if (line.startsWith(u"saved "_s)) {
                const QString rest = line.mid(6);
                const qsizetype space = rest.indexOf(u' ');
                lastSaved.insert(rest.left(space), rest.mid(space + 1));
                ++saves;
            } else {
                QFAIL(qPrintable(line));
            }
        }
    });
    child.start(QCoreApplication::applicationFilePath(), {u"--writer"_s, dir.path()});
    QVERIFY(child.waitForStarted());

    QTRY_VERIFY_WITH_TIMEOUT(saves >= 8, 30000);
    // Mid-edit: the typist is between keystrokes, the autosaver has unsaved changes.
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    buffer += child.readAllStandardOutput();

    QCOMPARE(created.size(), Drafts);
    DraftStore store(dir.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QVERIFY(store.recoveredDamagedFile().isEmpty());
    QCOMPARE(store.count(), Drafts);
    for (const QString &id : std::as_const(created)) {
        QVERIFY(store.contains(id));
        const Draft d = store.draft(id);
        const QString reported = lastSaved.value(id);
        // Typing only appends, so the stored text holds at least what was reported saved
        // (a save that completed after the last line we read may add more).
        QVERIFY2(d.title.startsWith(reported),
                 qPrintable(u"stored \"%1\", reported \"%2\""_s.arg(d.title, reported)));
        QCOMPARE(d.payload.value(u"Name"_s).toString(), d.title);
        QCOMPARE(d.valid, d.title.size() > 3);
    }
    QVERIFY(lastSaved.size() == Drafts);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    tst_DraftCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftcrash.moc"
