// The Properties section as the main window shows it: loading when first shown, paging as
// the table scrolls, filtering, the detail pane, New property, and failure states. Real
// widgets under the offscreen platform, real HTTP to the sandbox.
#include "api/accountclient.h"
#include "drafts/draft.h"
#include "properties/propertiesclient.h"
#include "properties/propertiespane.h"
#include "properties/propertyfiltermodel.h"
#include "properties/propertyform.h"
#include "properties/propertylistmodel.h"
#include "sandboxfixture.h"
#include "widgets/messagebanner.h"
#include "widgets/sidlabel.h"
#include "widgets/timezonepicker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PropertiesPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actionsForTheToolbar();
    void loadsTheFirstPageOnly();
    void hiddenPaneDoesNotPage();
    void scrollingLoadsMorePages();
    void filterBarFilters();
    void selectionShowsDetails();
    void newPropertyIsAddedAndSelectedWithoutReload();
    void refreshReloads();
    void failureShowsBannerAndRetry();

private:
    std::unique_ptr<PropertiesPane> showPane(AccountClient *client);

    SandboxFixture m_sandbox;
    std::unique_ptr<AccountClient> m_client;
};

void tst_PropertiesPane::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_PropertiesPane::init()
{
    m_client = std::make_unique<AccountClient>(m_sandbox.profile(ApiFamily::Properties));
}

void tst_PropertiesPane::cleanup()
{
    m_client.reset();
}

std::unique_ptr<PropertiesPane> tst_PropertiesPane::showPane(AccountClient *client)
{
    auto pane = std::make_unique<PropertiesPane>(client);
    QSignalSpy finished(pane.get(), &SectionPane::loadFinished);
    pane->resize(1000, 500);
    pane->show();
    pane->activateWindow();
    if (!QTest::qWaitForWindowActive(pane.get()))
        qWarning("the pane did not become active");
    if (finished.isEmpty() && !finished.wait(10000))
        qWarning("the first page did not arrive");
    return pane;
}

void tst_PropertiesPane::actionsForTheToolbar()
{
    PropertiesPane pane(m_client.get());
    const PaneActions roles = pane.paneActions();
    QVERIFY(roles.create && roles.refresh && roles.find);
    QCOMPARE(pane.toolBarActions(), QList<QAction *>{roles.create});
    QCOMPARE(roles.create->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(roles.refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(roles.find->shortcut(), QKeySequence(QKeySequence::Find));
    const QList<QAction *> actions{roles.create, roles.refresh};
    for (QAction *action : actions) {
        QVERIFY(!action->icon().isNull());
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY(action->parent() == &pane); // owned by the pane
    }
}

void tst_PropertiesPane::loadsTheFirstPageOnly()
{
    auto pane = std::make_unique<PropertiesPane>(m_client.get());
    QSignalSpy finished(pane.get(), &SectionPane::loadFinished);
    QSignalSpy status(pane.get(), &SectionPane::statusMessageChanged);
    QVERIFY(!pane->isLoaded());
    QVERIFY(pane->model()->isLoading()); // the first page is asked for at once
    pane->resize(1000, 500);
    pane->show();
    auto *placeholder = pane->findChild<QLabel *>(u"placeholder"_s);
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().contains(u"Loading"_s), qPrintable(placeholder->text()));
    QVERIFY(pane->findChild<QWidget *>(u"busyIndicator"_s)->isVisible());

    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(pane->isLoaded());
    const int total = pane->model()->totalCount();
    QVERIFY(total > PropertiesClient::DefaultPageSize);
    QTRY_VERIFY(!pane->model()->isLoading());
    // A page, not everything: the table fills as the user scrolls.
    QCOMPARE(pane->model()->rowCount(), PropertiesClient::DefaultPageSize);
    QVERIFY(pane->model()->canFetchMore({}));
    const QString expected = u"Showing %1 of %2 properties"_s.arg(pane->model()->rowCount()).arg(total);
    QCOMPARE(pane->statusMessage(), expected);
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().first().toString(), expected);
    QVERIFY(pane->view()->isVisible());
    QVERIFY(!placeholder->isVisible());
    QVERIFY(pane->findChild<MessageBanner *>(u"paneBanner"_s)->isHidden());
}

void tst_PropertiesPane::hiddenPaneDoesNotPage()
{
    PropertiesPane pane(m_client.get());
    QSignalSpy finished(&pane, &SectionPane::loadFinished);
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(!pane.model()->isLoading());
    QCOMPARE(pane.model()->rowCount(), PropertiesClient::DefaultPageSize);
    QVERIFY(pane.model()->canFetchMore({}));
}

void tst_PropertiesPane::scrollingLoadsMorePages()
{
    auto pane = showPane(m_client.get());
    QTRY_VERIFY(!pane->model()->isLoading());
    const int rows = pane->model()->rowCount();
    QVERIFY(pane->model()->canFetchMore({}));

    pane->view()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() > rows, 10000);
    QTRY_VERIFY(!pane->model()->isLoading());
    QVERIFY(pane->statusMessage().startsWith(u"Showing %1 of"_s.arg(pane->model()->rowCount()))
            || pane->statusMessage() == u"%1 properties"_s.arg(pane->model()->rowCount()));
}

void tst_PropertiesPane::filterBarFilters()
{
    auto pane = showPane(m_client.get());
    QTRY_VERIFY(!pane->model()->isLoading());
    auto *search = pane->findChild<QLineEdit *>(u"searchField"_s);
    auto *flags = pane->findChild<QComboBox *>(u"flagFilter"_s);
    QVERIFY(search && flags);

    // Ctrl+F goes to the search field.
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());

    // A word of a real property's name (typed keys are ASCII).
    QString name = pane->model()->propertyAt(0).name.section(u' ', 0, 0);
    name.removeIf([](QChar c) { return c.unicode() > 127 || !c.isLetterOrNumber(); });
    QVERIFY(!name.isEmpty());
    QTest::keyClicks(search, name);
    QCOMPARE(pane->filterModel()->text(), name);
    QVERIFY(pane->filterModel()->rowCount() >= 1);
    for (int row = 0; row < pane->filterModel()->rowCount(); ++row) {
        const Property p = pane->filterModel()->index(row, 0)
                               .data(PropertyListModel::PropertyRole).value<Property>();
        QVERIFY(p.name.contains(name, Qt::CaseInsensitive)
                || p.mainDomain.contains(name, Qt::CaseInsensitive)
                || p.timeZone.contains(name, Qt::CaseInsensitive));
    }
    QVERIFY2(pane->statusMessage().contains(u"matching"_s), qPrintable(pane->statusMessage()));

    search->clear();
    flags->setCurrentIndex(flags->findData(int(PropertyFilterModel::FlagFilter::SmsEnabled)));
    QCOMPARE(pane->filterModel()->flagFilter(), PropertyFilterModel::FlagFilter::SmsEnabled);
    QTRY_VERIFY(!pane->model()->isLoading());
    for (int row = 0; row < pane->filterModel()->rowCount(); ++row) {
        QVERIFY(pane->filterModel()->index(row, 0).data(PropertyListModel::PropertyRole)
                    .value<Property>().smsEnabled);
    }

    // A filter that matches nothing says so and offers to clear it.
    flags->setCurrentIndex(0);
    QTest::keyClicks(search, u"zz-no-such-property-zz"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading(), 15000); // it looks further first
    QCOMPARE(pane->filterModel()->rowCount(), 0);
    auto *placeholder = pane->findChild<QLabel *>(u"placeholder"_s);
    QTRY_VERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().contains(u"matches the filter"_s), qPrintable(placeholder->text()));
    auto *clear = pane->findChild<QPushButton *>(u"placeholderButton"_s);
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QVERIFY(pane->view()->isVisible());
}

void tst_PropertiesPane::selectionShowsDetails()
{
    auto pane = showPane(m_client.get());
    QTRY_VERIFY(!pane->model()->isLoading());
    auto *detailName = pane->findChild<QLabel *>(u"detailName"_s);
    QVERIFY(detailName);
    // The first row is current once the first page is in, so details show at once.
    const std::optional<Property> first = pane->currentProperty();
    QVERIFY(first);
    QCOMPARE(first->propertySid,
             pane->view()->model()->index(0, 0).data(PropertyListModel::SidRole).toString());
    QCOMPARE(detailName->text(), first->name);

    QTableView *view = pane->view();
    const QModelIndex second = view->model()->index(1, PropertyListModel::DomainColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    const std::optional<Property> current = pane->currentProperty();
    QVERIFY(current);
    QCOMPARE(current->propertySid, second.data(PropertyListModel::SidRole).toString());
    QCOMPARE(detailName->text(), current->name);
    QCOMPARE(pane->findChild<SidLabel *>(u"detailSid"_s)->value(), current->propertySid);
    QVERIFY(pane->findChild<QLabel *>(u"detailTimeZone"_s)->text().contains(current->timeZone));
    QVERIFY(detailName->isVisible());

    // The list's copy at once, then the server's own (GET /v2/Properties/{sid}).
    auto *note = pane->findChild<QLabel *>(u"detailNote"_s);
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"Checked with the server"_s), qPrintable(note->text()));

    // When the server cannot be asked, the details stay and say so.
    FaultOptions failing;
    failing.errorRate = 1.0;
    m_sandbox.server().setFaults(failing);
    const QModelIndex third = view->model()->index(2, PropertyListModel::DomainColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    QCOMPARE(detailName->text(), third.siblingAtColumn(0).data().toString());
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"Could not check"_s), 15000);
    QVERIFY(note->isVisible());
    QCOMPARE(detailName->text(), third.siblingAtColumn(0).data().toString());
    m_sandbox.server().setFaults({});
}

void tst_PropertiesPane::newPropertyIsAddedAndSelectedWithoutReload()
{
    auto pane = showPane(m_client.get());
    QTRY_VERIFY(!pane->model()->isLoading());
    QSignalSpy requested(pane.get(), &SectionPane::newDocumentRequested);
    QSignalSpy reset(pane->model(), &QAbstractItemModel::modelReset);

    // A filter that would hide the new property.
    auto *search = pane->findChild<QLineEdit *>(u"searchField"_s);
    QTest::keyClicks(search, u"zz-hidden-zz"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading(), 15000);

    // Ctrl+N asks the shell for a property draft's form.
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), DraftKind::Property);

    // The outbox created it; the pane hears of the sent draft and reads it back.
    PropertyDraft content;
    content.name = u"Riverside Bakery"_s;
    content.mainDomain = u"riverside-bakery.example.com"_s;
    content.timeZone = u"GMT Standard Time"_s;
    ApiJob *job = PropertiesClient(m_client.get()).create(content);
    QSignalSpy createdSpy(job, &ApiJob::finished);
    QVERIFY(createdSpy.wait(10000));
    Property p;
    QVERIFY(!PropertiesClient::parseProperty(createdSpy.first().first().value<ApiResult>(), &p).isError());

    const int rows = pane->model()->rowCount();
    const quint64 requests = m_sandbox.server().requestCount();
    Draft sent;
    sent.id = u"d1"_s;
    sent.kind = DraftKind::Property;
    sent.state = OutboxState::Sent;
    sent.remoteId = p.propertySid;
    pane->draftSent(sent);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), rows + 1, 10000);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_sandbox.server().requestCount(), requests + 1); // the read, no reload
    QVERIFY(search->text().isEmpty()); // the filter that hid it was cleared
    const std::optional<Property> current = pane->currentProperty();
    QVERIFY(current);
    QCOMPARE(*current, p);
    QCOMPARE(pane->findChild<QLabel *>(u"detailName"_s)->text(), u"Riverside Bakery"_s);
}

void tst_PropertiesPane::refreshReloads()
{
    auto pane = showPane(m_client.get());
    QTRY_VERIFY(!pane->model()->isLoading());
    QSignalSpy finished(pane.get(), &SectionPane::loadFinished);
    QSignalSpy reset(pane->model(), &QAbstractItemModel::modelReset);
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_F5);
    QCOMPARE(reset.size(), 1);
    QVERIFY(!pane->isLoaded());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(pane->model()->rowCount() > 0);
}

void tst_PropertiesPane::failureShowsBannerAndRetry()
{
    AccountClient client(m_sandbox.badProfile(ApiFamily::Properties));
    auto pane = std::make_unique<PropertiesPane>(&client);
    QSignalSpy finished(pane.get(), &SectionPane::loadFinished);
    pane->resize(1000, 500);
    pane->show();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(u"401"_s), qPrintable(message));
    QVERIFY(pane->isLoaded());

    auto *banner = pane->findChild<MessageBanner *>(u"paneBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    auto *retry = banner->findChild<QPushButton *>(u"messageBannerAction"_s);
    QVERIFY(retry->isVisible());
    auto *placeholder = pane->findChild<QLabel *>(u"placeholder"_s);
    QVERIFY2(placeholder->text().contains(u"could not be loaded"_s), qPrintable(placeholder->text()));
    QVERIFY(!pane->model()->canFetchMore({})); // the view does not hammer the server

    const quint64 before = m_sandbox.server().requestCount();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(pane->model()->isLoading());
    QVERIFY(finished.wait(10000)); // still refused, reported again
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(m_sandbox.server().requestCount() > before);
    QVERIFY(banner->isVisible());
}

QTEST_MAIN(tst_PropertiesPane)
#include "tst_propertiespane.moc"
