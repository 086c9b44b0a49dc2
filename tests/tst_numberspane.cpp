// The Numbers section in a real main window against the real sandbox: edit a number in the
// detail pane with the keyboard and save it through the outbox; an invalid value blocks Save
// and says why; an edit survives moving to another number; Revert drops it; release asks
// first and, under injected 500s, ends with the server and the table in agreement; the
// filters ask the server.
#include "api/account.h"
#include "api/accountclient.h"
#include "api/apijob.h"
#include "documentdrafts.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "mainwindow.h"
#include "numbers/numbereditdraft.h"
#include "numbers/numbereditsender.h"
#include "numbers/numberrelease.h"
#include "drafts/senderregistry.h"
#include "numbers/numberform.h"
#include "numbers/numberchecks.h"
#include "numbers/numberfiltermodel.h"
#include "numbers/numbertablemodel.h"
#include "numbers/numberparameterseditor.h"
#include "numbers/numbersclient.h"
#include "numbers/numberspane.h"
#include "numbers/purchasesender.h"
#include "sandboxfixture.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 30000;

ApiResult waitFor(ApiJob *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(WaitMs))
        return {};
    return spy.first().first().value<ApiResult>();
}
} // namespace

class tst_NumbersPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editWithTheKeyboardAndSave();
    void invalidValueBlocksSave();
    void editSurvivesMovingAwayAndRevertDropsIt();
    void releaseAsksFirst();
    void releaseUnderServerErrorsAgrees_data();
    void releaseUnderServerErrorsAgrees();
    void releaseWaitsOfflineAndLeavesTheTableOnce();
    void enterOpensTheDetail();
    void filterIsLocalAndInstant();
    void columnsFitBesideTheDetailAndComeBackFromTheHeader();

private:
    NumbersPane *showNumbers();
    IncomingNumber serverCopy(const QString &sid, int *status = nullptr);
    QMessageBox *confirmation();

    SandboxFixture m_sandbox{60};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Outbox> m_outbox;
    Account *m_account = nullptr;
};

void tst_NumbersPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_NumbersPane::init()
{
    m_sandbox.server().setFaults({});
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    m_window = std::make_unique<MainWindow>();
    m_window->setDraftStore(m_store.get());
    m_account = new Account(u"sandbox"_s, u"Sandbox (demo data)"_s);
    m_account->setSandbox(true);
    m_account->addProfile(m_sandbox.profile(ApiFamily::Twilio));
    m_window->addAccount(m_account);
    AccountClient *client = m_account->client(ApiFamily::Twilio);
    RetryPolicy quick;
    quick.initialDelayMs = 20;
    quick.maxDelayMs = 200;
    client->setRetryPolicy(quick);
    m_outbox = std::make_unique<Outbox>(m_store.get(), client);
    m_outbox->setRetryDelays(50, 400);
    m_outbox->setCheckDelays({30, 60}); // a lost answer is looked up three times, quickly
    m_outbox->setSender(DraftKind::NumberEdit, std::make_unique<NumberEditSender>(client));
    m_outbox->setSender(DraftKind::Purchase, std::make_unique<PurchaseSender>(client));
    m_outbox->setSender(DraftKind::NumberRelease, SenderRegistry::builtIn().create(DraftKind::NumberRelease, client));
    m_window->addOutbox(m_outbox.get());
    m_outbox->start();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_NumbersPane::cleanup()
{
    m_outbox.reset();
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

NumbersPane *tst_NumbersPane::showNumbers()
{
    if (!m_window->selectSection(m_account, Section::TwilioNumbers))
        return nullptr;
    auto *pane = qobject_cast<NumbersPane *>(m_window->currentPane());
    if (!pane)
        return nullptr;
    return QTest::qWaitFor([pane] { return pane->isLoaded() && pane->form(); }, WaitMs) ? pane : nullptr;
}

IncomingNumber tst_NumbersPane::serverCopy(const QString &sid, int *status)
{
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    const ApiResult result = waitFor(NumbersClient(&client).get(sid));
    if (status)
        *status = result.httpStatus ? result.httpStatus : result.error.httpStatus();
    IncomingNumber n;
    NumbersClient::parseNumber(result, ApiFamily::Twilio, &n);
    return n;
}

QMessageBox *tst_NumbersPane::confirmation()
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = m_window->findChild<QMessageBox *>(u"releaseConfirmation"_s);
        return box && box->isVisible();
    }, WaitMs);
    return shown ? box : nullptr;
}

void tst_NumbersPane::editWithTheKeyboardAndSave()
{
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    NumberForm *form = pane->form();
    const IncomingNumber before = *pane->currentNumber();
    QCOMPARE(form->sid(), before.sid);
    QVERIFY(!form->hasChanges());
    // Nothing changed yet: no draft, and Save says why it is disabled.
    QVERIFY(m_window->documentDrafts()->draftId(form).isEmpty());
    auto *save = form->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(u"Nothing"));

    auto *voiceUrl = qobject_cast<QLineEdit *>(form->editor()->fieldWidget(u"VoiceUrl"_s));
    QVERIFY(voiceUrl);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    voiceUrl->setFocus();
    voiceUrl->selectAll();
    QTest::keyClicks(voiceUrl, u"https://answer.example.com/calls"_s);
    QTRY_VERIFY(!m_window->documentDrafts()->draftId(form).isEmpty()); // kept as typed
    QVERIFY(save->isEnabled());
    QTest::keyClick(voiceUrl, Qt::Key_Return, Qt::ControlModifier);

    // Sent through the outbox; the server has it, the table shows it, the form starts afresh.
    QTRY_COMPARE_WITH_TIMEOUT(serverCopy(before.sid).value(u"VoiceUrl"_s),
                              u"https://answer.example.com/calls"_s, WaitMs);
    const int row = pane->model()->rowOf(before.sid);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->index(row, NumberTableModel::VoiceColumn).data().toString(),
                              u"answer.example.com/calls"_s, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane->form() && pane->form() != form, WaitMs);
    QVERIFY(!pane->form()->hasChanges());
    QVERIFY(pane->form()->submissionBanner()->text().contains(u"Saved"));
    QCOMPARE(serverCopy(before.sid).value(u"SmsUrl"_s), before.value(u"SmsUrl"_s));
}

void tst_NumbersPane::invalidValueBlocksSave()
{
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    NumberForm *form = pane->form();
    auto *url = qobject_cast<QLineEdit *>(form->editor()->fieldWidget(u"SmsFallbackUrl"_s));
    url->setFocus();
    url->selectAll();
    QTest::keyClicks(url, u"fallback.example.com"_s);
    auto *save = form->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(u"https://"), qPrintable(save->toolTip()));
    const auto problems = form->editor()->problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().first, u"SmsFallbackUrl"_s);
    // Plain http is a warning, never a block.
    url->selectAll();
    QTest::keyClicks(url, u"http://fallback.example.com/sms"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(form->editor()->problems().isEmpty());
}

void tst_NumbersPane::editSurvivesMovingAwayAndRevertDropsIt()
{
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    const IncomingNumber first = *pane->currentNumber();
    auto *name = qobject_cast<QLineEdit *>(pane->form()->editor()->fieldWidget(u"FriendlyName"_s));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Reception desk"_s);
    QTRY_VERIFY(!m_window->documentDrafts()->draftId(pane->form()).isEmpty());
    const QString draftId = m_window->documentDrafts()->draftId(pane->form());

    // Another number, then back: the edit is still there, from its draft.
    QTableView *view = pane->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_VERIFY(pane->form() && pane->form()->sid() != first.sid);
    QVERIFY(!m_store->draft(draftId).isNull());
    QTest::keyClick(view, Qt::Key_Up);
    QTRY_VERIFY(pane->form() && pane->form()->sid() == first.sid);
    QCOMPARE(pane->form()->draft().values.value(u"FriendlyName"_s), u"Reception desk"_s);
    QCOMPARE(m_window->documentDrafts()->draftId(pane->form()), draftId);

    // Revert: the draft goes, the server's values come back, nothing was sent.
    pane->form()->findChild<QPushButton *>(u"revertButton"_s)->click();
    QTRY_VERIFY(pane->form() && !pane->form()->hasChanges());
    QVERIFY(m_store->draft(draftId).isNull());
    QCOMPARE(pane->form()->draft().values.value(u"FriendlyName"_s), first.friendlyName());
    QCOMPARE(serverCopy(first.sid).friendlyName(), first.friendlyName());

    // Merely looking at numbers leaves no drafts behind.
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_VERIFY(pane->form() && pane->form()->sid() != first.sid);
    QCOMPARE(m_store->drafts().size(), 0);
}

void tst_NumbersPane::releaseAsksFirst()
{
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    const int rows = pane->model()->rowCount();
    const IncomingNumber n = *pane->currentNumber();
    QSignalSpy finished(pane, &NumbersPane::releaseFinished);

    pane->releaseSelected();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY2(box->text().contains(formatPhoneNumber(n.phoneNumber)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(m_account->displayName()), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(u"stop"), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(u"cannot be undone"));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // never the default
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"releaseConfirmation"_s));
    QCOMPARE(finished.size(), 0);
    int status = 0;
    serverCopy(n.sid, &status);
    QCOMPARE(status, 200);

    pane->releaseSelected();
    box = confirmation();
    box->findChild<QPushButton *>(u"confirmRelease"_s)->click();
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.first().at(1).toBool(), true);
    serverCopy(n.sid, &status);
    QCOMPARE(status, 404);
    QCOMPARE(pane->model()->rowCount(), rows - 1);
    QCOMPARE(pane->model()->rowOf(n.sid), -1);
}

void tst_NumbersPane::releaseUnderServerErrorsAgrees_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("half the answers 500") << u"error-rate=0.5"_s;
    QTest::newRow("half the answers lost after releasing") << u"lost-answer-rate=0.5"_s;
}

void tst_NumbersPane::releaseUnderServerErrorsAgrees()
{
    QFETCH(QString, fault);
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    FaultOptions errors;
    QString why;
    QVERIFY(errors.parse(fault, &why));
    QSignalSpy finished(pane, &NumbersPane::releaseFinished);
    // The draws start from the fixed seed here and go on through the loop (which sets the
    // faults without one), so each release meets the same faults on every run.
    FaultOptions seeded;
    seeded.seed = SandboxFixture::FaultSeed;
    m_sandbox.server().setFaults(seeded);
    for (int i = 0; i < 4; ++i) {
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Down);
        const IncomingNumber n = *pane->currentNumber();
        m_sandbox.server().setFaults(errors);
        pane->releaseSelected();
        QMessageBox *box = confirmation();
        QVERIFY(box);
        box->findChild<QPushButton *>(u"confirmRelease"_s)->click();
        QVERIFY(finished.wait(WaitMs));
        m_sandbox.server().setFaults({});
        const bool released = finished.last().at(1).toBool();
        int status = 0;
        serverCopy(n.sid, &status);
        // Whatever happened, the table and the server say the same.
        QCOMPARE(status, released ? 404 : 200);
        QCOMPARE(pane->model()->rowOf(n.sid) >= 0, !released);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"releaseConfirmation"_s));
    }
}

void tst_NumbersPane::releaseWaitsOfflineAndLeavesTheTableOnce()
{
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    int removedRows = 0;
    connect(pane->model(), &QAbstractItemModel::rowsRemoved, this,
            [&](const QModelIndex &, int first, int last) { removedRows += last - first + 1; });
    QSignalSpy finished(pane, &NumbersPane::releaseFinished);
    const QString accountId = m_account->client(ApiFamily::Twilio)->profile().id;
    // A release draft waiting in the outbox (Queued, or Unknown when it may have arrived),
    // saying why.
    const auto pendingRelease = [&](std::optional<OutboxState> state) {
        for (const Draft &d : m_store->outbox(accountId)) {
            if (d.kind == DraftKind::NumberRelease && (!state || d.state == *state)
                && !d.errorMessage.isEmpty())
                return d;
        }
        return Draft();
    };
    const auto confirmRelease = [&]() -> bool {
        pane->releaseSelected();
        QMessageBox *box = confirmation();
        if (!box)
            return false;
        // The question names the account, and the number once.
        if (!box->text().contains(m_account->displayName()) || box->text().contains(u"(("_s))
            return false;
        box->findChild<QPushButton *>(u"confirmRelease"_s)->click();
        return true;
    };

    // Every answer is lost after the server acted (the job's own retries too): the outbox
    // cannot know, so it looks the number up; while even that is lost, nothing is sent again.
    QTest::keyClick(pane->view(), Qt::Key_Down);
    const IncomingNumber first = *pane->currentNumber();
    FaultOptions lossy;
    lossy.lostAnswerRate = 1.0;
    m_sandbox.server().setFaults(lossy);
    QVERIFY(confirmRelease());
    Draft checking;
    QTRY_VERIFY_WITH_TIMEOUT(!(checking = pendingRelease(OutboxState::Unknown)).isNull(), WaitMs);
    QCOMPARE(NumberRelease::fromJson(checking.payload).sid, first.sid);
    QVERIFY(pane->model()->rowOf(first.sid) >= 0); // not gone until the server says so
    QVERIFY(!pane->paneActions().selection.constFirst()->isEnabled()); // no second release meanwhile
    m_sandbox.server().setFaults({});
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.last().at(1).toBool(), true);
    int status = 0;
    serverCopy(first.sid, &status);
    QCOMPARE(status, 404);
    QCOMPARE(pane->model()->rowOf(first.sid), -1);
    QCOMPARE(removedRows, 1);
    QCOMPARE(m_store->draft(checking.id).state, OutboxState::Sent);

    // The server hangs up before acting: the release waits in the outbox (the Drafts section
    // lists it) and is sent once the server is back.
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Down);
    const IncomingNumber second = *pane->currentNumber();
    QVERIFY(second.sid != first.sid);
    FaultOptions away;
    away.dropRate = 1.0;
    m_sandbox.server().setFaults(away);
    QVERIFY(confirmRelease());
    Draft waiting;
    QTRY_VERIFY_WITH_TIMEOUT(!(waiting = pendingRelease(std::nullopt)).isNull(), WaitMs);
    QCOMPARE(NumberRelease::fromJson(waiting.payload).sid, second.sid);
    QVERIFY(pane->model()->rowOf(second.sid) >= 0);
    m_sandbox.server().setFaults({});
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.last().at(1).toBool(), true);
    serverCopy(second.sid, &status);
    QCOMPARE(status, 404);
    QCOMPARE(pane->model()->rowOf(second.sid), -1);
    QCOMPARE(removedRows, 2);
}

void tst_NumbersPane::enterOpensTheDetail()
{
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Down);
    QTRY_VERIFY(pane->form() && pane->form()->sid() == pane->currentNumber()->sid);
    QTest::keyClick(pane->view(), Qt::Key_Return);
    QTRY_VERIFY(pane->form()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(QApplication::focusWidget(), pane->form()->editor()->fieldWidget(u"FriendlyName"_s));
}

void tst_NumbersPane::filterIsLocalAndInstant()
{
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->isAtEnd(), WaitMs); // the whole account is in
    const int all = pane->model()->rowCount();
    QCOMPARE(all, m_sandbox.serverCount(u"SELECT COUNT(*) FROM numbers WHERE family = 'twilio' AND account = ''"_s));
    const QString area = pane->currentNumber()->phoneNumber.mid(2, 3);
    auto *filter = pane->findChild<QLineEdit *>(u"numberFilter"_s);
    filter->setFocus();
    QTest::keyClicks(filter, area);
    QTest::keyClick(filter, Qt::Key_Return);
    // No request goes for it: the proxy narrows what is here.
    QTRY_VERIFY(pane->proxy()->rowCount() > 0 && pane->proxy()->rowCount() < all);
    QVERIFY(!pane->model()->isLoading());
    for (int r = 0; r < pane->proxy()->rowCount(); ++r)
        QVERIFY(pane->proxy()->index(r, NumberTableModel::NumberColumn).data(NumberTableModel::E164Role).toString().contains(area));
    QVERIFY2(pane->statusMessage().contains(u"matching"), qPrintable(pane->statusMessage()));
    // "Show" narrows to a problem; each shown number has it.
    auto *show = pane->findChild<QComboBox *>(u"problemFilter"_s);
    QTest::keyClick(filter, Qt::Key_Escape); // clears the text
    show->setCurrentIndex(show->findData(quint32(NumberChecks::NoVoiceHandling)));
    QTRY_VERIFY(pane->proxy()->rowCount() > 0);
    for (int r = 0; r < pane->proxy()->rowCount(); ++r)
        QVERIFY(pane->proxy()->index(r, 0).data(NumberTableModel::ProblemsRole).toUInt() & NumberChecks::NoVoiceHandling);
    // The problems' words are the cell's tooltip.
    const QString tip = pane->proxy()->index(0, NumberTableModel::ProblemsColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(NumberChecks::describe(NumberChecks::NoVoiceHandling)), qPrintable(tip));
}

QTEST_MAIN(tst_NumbersPane)
void tst_NumbersPane::columnsFitBesideTheDetailAndComeBackFromTheHeader()
{
    // At 1280 px beside the detail pane every column shown has room for its title (not
    // "riendly nam", "apabilitie"), the friendly name for a name, and nothing scrolls
    // sideways. When a number was made and its emergency status start hidden; the header's
    // menu shows them again, and that is remembered.
    QSettings settings(m_dir->filePath(u"columns.ini"_s), QSettings::IniFormat);
    TableBehaviour::setSettings(&settings);
    const auto forget = qScopeGuard([] { TableBehaviour::setSettings(nullptr); });
    NumbersPane *pane = showNumbers();
    QVERIFY(pane);
    QTableView *view = pane->view();
    QHeaderView *h = view->horizontalHeader();
    QVERIFY(h->isSectionHidden(NumberTableModel::EmergencyColumn));
    QVERIFY(h->isSectionHidden(NumberTableModel::CreatedColumn));
    const auto titleOf = [view](int c) { return view->model()->headerData(c, Qt::Horizontal).toString(); };
    const auto cut = [&] {
        QStringList cut;
        for (int c = 0; c < h->count(); ++c) {
            if (!h->isSectionHidden(c) && h->sectionSize(c) < h->fontMetrics().horizontalAdvance(titleOf(c)))
                cut << u"%1 (%2 px)"_s.arg(titleOf(c)).arg(h->sectionSize(c));
        }
        return cut.join(u", "_s);
    };
    QTRY_COMPARE(cut(), QString());
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(h->sectionSize(NumberTableModel::FriendlyNameColumn) >= 20 * view->fontMetrics().averageCharWidth(),
             qPrintable(QString::number(h->sectionSize(NumberTableModel::FriendlyNameColumn))));

    TableBehaviour *behaviour = TableBehaviour::of(view);
    QVERIFY(behaviour);
    std::unique_ptr<QMenu> menu(behaviour->createHeaderMenu(nullptr));
    QStringList titles;
    QAction *created = nullptr;
    for (QAction *a : menu->actions()) {
        titles << a->text();
        if (a->text() == titleOf(NumberTableModel::CreatedColumn))
            created = a;
    }
    QCOMPARE(titles, (QStringList{u"Region"_s, u"Capabilities"_s, u"Voice"_s, u"Messaging"_s,
                                  u"Emergency"_s, u"Created"_s}));
    QVERIFY(created && !created->isChecked());
    created->setChecked(true);
    QVERIFY(!h->isSectionHidden(NumberTableModel::CreatedColumn));
    QVERIFY(h->sectionSize(NumberTableModel::CreatedColumn) >= h->fontMetrics().horizontalAdvance(u"Created"_s));
    // Remembered: what the settings hold brings it back.
    view->setColumnHidden(NumberTableModel::CreatedColumn, true);
    QVERIFY(behaviour->restoreColumns());
    QVERIFY(!h->isSectionHidden(NumberTableModel::CreatedColumn));
}

#include "tst_numberspane.moc"
