#include "drafts/drafthistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject named(const QString &name)
{
    return QJsonObject{{u"Name"_s, name}};
}
} // namespace

class tst_DraftHistory : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoSteps();
    void typingBurstIsOneStep();
    void newChangeDropsRedo();
    void boundedHistory();
};

void tst_DraftHistory::undoRedoSteps()
{
    DraftHistory history;
    history.setMergeWindow(0);
    QSignalSpy canUndo(&history, &DraftHistory::canUndoChanged);
    QSignalSpy canRedo(&history, &DraftHistory::canRedoChanged);
    history.reset(named(u""_s));
    QVERIFY(!history.canUndo());
    history.record(named(u"A"_s));
    history.record(named(u"AB"_s));
    history.record(named(u"AB"_s)); // no change, no step
    QVERIFY(history.canUndo());
    QCOMPARE(canUndo.size(), 1);
    QCOMPARE(history.undo(), named(u"A"_s));
    QCOMPARE(history.undo(), named(u""_s));
    QVERIFY(!history.canUndo());
    QCOMPARE(history.undo(), named(u""_s)); // nothing left: stays
    QCOMPARE(history.redo(), named(u"A"_s));
    QCOMPARE(history.redo(), named(u"AB"_s));
    QVERIFY(!history.canRedo());
    QCOMPARE(canRedo.size(), 2); // became possible, then impossible again
}

void tst_DraftHistory::typingBurstIsOneStep()
{
    DraftHistory history;
    history.setMergeWindow(60000);
    history.reset(named(u""_s));
    for (const QString &typed : {u"M"_s, u"Ma"_s, u"Mar"_s})
        history.record(named(typed));
    history.closeStep(); // the field lost focus
    history.record(named(u"Mar!"_s));
    QCOMPARE(history.undo(), named(u"Mar"_s));
    QCOMPARE(history.undo(), named(u""_s));
}

void tst_DraftHistory::newChangeDropsRedo()
{
    DraftHistory history;
    history.setMergeWindow(0);
    history.reset(named(u"a"_s));
    history.record(named(u"b"_s));
    history.undo();
    QVERIFY(history.canRedo());
    history.record(named(u"c"_s));
    QVERIFY(!history.canRedo());
    QCOMPARE(history.undo(), named(u"a"_s));
}

void tst_DraftHistory::boundedHistory()
{
    DraftHistory history;
    history.setMergeWindow(0);
    history.reset(named(u"start"_s));
    for (int i = 0; i < DraftHistory::MaxSteps + 50; ++i)
        history.record(named(QString::number(i)));
    int steps = 0;
    while (history.canUndo()) {
        history.undo();
        ++steps;
    }
    QCOMPARE(steps, DraftHistory::MaxSteps);
}

QTEST_APPLESS_MAIN(tst_DraftHistory)
#include "tst_drafthistory.moc"
