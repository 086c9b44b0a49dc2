// What every table in Switchboard does (TableBehaviour, FilterBox), driven through the
// Properties pane against the sandbox as a user would: Tab leaves the table, Esc clears the
// filter then goes back to the table, Enter opens the details, the context menu, columns and
// sort order remembered between runs, the selection and its place kept by Refresh and by
// clearing the filter. Then the muted colour's contrast in a light and a dark palette.

#include "api/accountclient.h"
#include "properties/propertiespane.h"
#include "properties/propertyfiltermodel.h"
#include "properties/propertylistmodel.h"
#include "icons.h"
#include "sandboxfixture.h"
#include "widgets/colors.h"
#include "widgets/sidlabel.h"
#include "widgets/tablebehaviour.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}
} // namespace

class tst_TableBehaviour final : public QObject
{
    Q_OBJECT

private slots:
    void lineIconsShowOnDarkPalettes();
    void narrowWindowNeedsNoSidewaysScrolling();
    void flagColumnsGiveUpRoomFirst();
    void initTestCase();
    void init();
    void cleanup();

    void tabLeavesTheTable();
    void escapeClearsThenGoesToTheTable();
    void enterOpensTheDetails();
    void contextMenuHasTheRowActions();
    void columnsAndSortRemembered();
    void refreshKeepsSelectionAndPlace();
    void clearingTheFilterKeepsTheSelection();
    void mutedTextIsReadable_data();
    void mutedTextIsReadable();

private:
    std::unique_ptr<PropertiesPane> showPane();
    static QString currentSid(const PropertiesPane *pane);

    SandboxFixture m_sandbox{20};
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_TableBehaviour::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_TableBehaviour::init()
{
    m_client = std::make_unique<AccountClient>(m_sandbox.profile(ApiFamily::Properties));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"switchboard.ini"_s),
                                             QSettings::IniFormat);
    TableBehaviour::setSettings(m_settings.get());
}

void tst_TableBehaviour::cleanup()
{
    TableBehaviour::setSettings(nullptr);
    m_settings.reset();
    m_dir.reset();
    m_client.reset();
}

std::unique_ptr<PropertiesPane> tst_TableBehaviour::showPane()
{
    auto pane = std::make_unique<PropertiesPane>(m_client.get());
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

QString tst_TableBehaviour::currentSid(const PropertiesPane *pane)
{
    return pane->view()->currentIndex().data(PropertyListModel::SidRole).toString();
}

void tst_TableBehaviour::narrowWindowNeedsNoSidewaysScrolling()
{
    // The Properties pane as it sits in a 1000 px window beside the sidebar: the detail pane
    // gives way first, then the domain and time zone give up room, so every column shows.
    auto pane = showPane();
    QTableView *view = pane->view();
    pane->resize(740, 500);
    QTRY_VERIFY2(view->horizontalHeader()->length() <= view->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(view->horizontalHeader()->length()).arg(view->viewport()->width())));
    QTRY_VERIFY(!view->horizontalScrollBar()->isVisible());
    // With room again, they get back the width their text wants.
    const int narrow = view->horizontalHeader()->sectionSize(PropertyListModel::DomainColumn);
    pane->resize(1400, 500);
    QTRY_VERIFY(view->horizontalHeader()->sectionSize(PropertyListModel::DomainColumn) > narrow);
}

void tst_TableBehaviour::flagColumnsGiveUpRoomFirst()
{
    // At 1000 px the check-mark columns (SMS, Recording, Integrations, Active) give up room
    // before the text columns: the domain and time zone are cut only once every flag column
    // is at its least, and a flag column is never wider than the text columns beside it.
    auto pane = showPane();
    QTableView *view = pane->view();
    QHeaderView *h = view->horizontalHeader();
    const int chars = view->fontMetrics().averageCharWidth();
    pane->resize(740, 500);
    QTRY_VERIFY(h->length() <= view->viewport()->width());
    const QList<int> flags{PropertyListModel::SmsColumn, PropertyListModel::RecordingColumn,
                           PropertyListModel::IntegrationsColumn, PropertyListModel::ActiveColumn};
    bool textCut = false;
    for (int c : {PropertyListModel::DomainColumn, PropertyListModel::TimeZoneColumn}) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, c).data().toString();
            textCut = textCut || h->sectionSize(c) < view->fontMetrics().horizontalAdvance(text);
        }
    }
    for (int c : flags) {
        QVERIFY2(h->sectionSize(c) <= h->sectionSize(PropertyListModel::DomainColumn),
                 qPrintable(u"flag column %1: %2 px"_s.arg(c).arg(h->sectionSize(c))));
        if (textCut) {
            QVERIFY2(h->sectionSize(c) <= 5 * chars + 1,
                     qPrintable(u"text cut while flag column %1 keeps %2 px"_s.arg(c).arg(h->sectionSize(c))));
        }
    }
    // The name (what a user reads first) keeps 24 characters for as long as the domain and
    // time zone are wider than their least: "Alder Coffee R…" beside a half-empty domain column
    // was the wrong way round.
    pane->resize(900, 500);
    QTRY_VERIFY(h->length() <= view->viewport()->width());
    if (h->sectionSize(PropertyListModel::DomainColumn) > 14 * chars
        || h->sectionSize(PropertyListModel::TimeZoneColumn) > 14 * chars) {
        QVERIFY2(h->sectionSize(PropertyListModel::NameColumn) >= 24 * chars - 1,
                 qPrintable(u"name %1 px, domain %2 px"_s.arg(h->sectionSize(PropertyListModel::NameColumn))
                                .arg(h->sectionSize(PropertyListModel::DomainColumn))));
    }
    // With room again the flag columns are as wide as their headers want.
    pane->resize(1400, 500);
    QTRY_VERIFY(h->sectionSize(PropertyListModel::IntegrationsColumn)
                >= h->fontMetrics().horizontalAdvance(
                    pane->model()->headerData(PropertyListModel::IntegrationsColumn, Qt::Horizontal).toString()));
}

void tst_TableBehaviour::tabLeavesTheTable()
{
    auto pane = showPane();
    QTRY_VERIFY(pane->view()->currentIndex().isValid());
    QVERIFY(!pane->view()->tabKeyNavigation());
    pane->view()->setFocus();
    QTRY_VERIFY(pane->view()->hasFocus());
    const QModelIndex before = pane->view()->currentIndex();
    QTest::keyClick(pane->view(), Qt::Key_Tab);
    QVERIFY2(!pane->view()->hasFocus(), "Tab moved inside the table");
    QCOMPARE(pane->view()->currentIndex(), before);
    // Shift+Tab from the table goes back to the filter bar.
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), pane->findChild<QWidget *>(u"flagFilter"_s));
    // The arrows still move inside it.
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Down);
    QCOMPARE(pane->view()->currentIndex().row(), before.row() + 1);
}

void tst_TableBehaviour::escapeClearsThenGoesToTheTable()
{
    auto pane = showPane();
    auto *search = pane->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(search);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"zz"_s);
    QCOMPARE(pane->filterModel()->text(), u"zz"_s);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(pane->filterModel()->text(), QString());
    QVERIFY(search->hasFocus()); // the first Esc only clears
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(pane->view()->hasFocus());
}

void tst_TableBehaviour::enterOpensTheDetails()
{
    auto pane = showPane();
    QTRY_VERIFY(pane->view()->currentIndex().isValid());
    pane->view()->setFocus();
    QTRY_VERIFY(pane->view()->hasFocus());
    QTest::keyClick(pane->view(), Qt::Key_Return);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QCOMPARE(focus->objectName(), u"detailName"_s);
    QCOMPARE(qobject_cast<QLabel *>(focus)->text(), pane->currentProperty()->name);
    // The SID beside it: whole on hover, copied by its button.
    auto *sid = pane->findChild<SidLabel *>(u"detailSid"_s);
    QVERIFY(sid);
    QCOMPARE(sid->value(), pane->currentProperty()->propertySid);
}

void tst_TableBehaviour::contextMenuHasTheRowActions()
{
    auto pane = showPane();
    QTRY_VERIFY(pane->view()->currentIndex().isValid());
    TableBehaviour *table = TableBehaviour::of(pane->view());
    QVERIFY(table);
    std::unique_ptr<QMenu> menu(table->createContextMenu(pane.get()));
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text();
    QVERIFY2(texts.contains(u"Copy &SID"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.contains(u"&Refresh"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.contains(u"&New property"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.constLast() == u"&Copy as text"_s, qPrintable(texts.join(u", "_s)));

    QApplication::clipboard()->clear();
    menu->actions().at(texts.indexOf(u"Copy &SID"_s))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), pane->currentProperty()->propertySid);
    table->copyAction()->trigger();
    const QString row = QApplication::clipboard()->text();
    QVERIFY2(row.startsWith(pane->currentProperty()->name + u'\t'), qPrintable(row));
    QVERIFY2(row.contains(pane->currentProperty()->mainDomain), qPrintable(row));
}

void tst_TableBehaviour::columnsAndSortRemembered()
{
    int domainWidth = 0;
    {
        auto pane = showPane();
        QHeaderView *header = pane->view()->horizontalHeader();
        domainWidth = header->sectionSize(PropertyListModel::DomainColumn) + 37;
        header->resizeSection(PropertyListModel::DomainColumn, domainWidth);
        header->setSortIndicator(PropertyListModel::DomainColumn, Qt::DescendingOrder);
        // Saved a moment after the change, while the pane is still open.
        QTRY_VERIFY(m_settings->contains(u"Tables/properties/header"_s));
        QTRY_COMPARE(m_settings->value(u"Tables/properties/header"_s).toByteArray(),
                     header->saveState());
    }
    auto pane = showPane();
    QHeaderView *header = pane->view()->horizontalHeader();
    QCOMPARE(header->sectionSize(PropertyListModel::DomainColumn), domainWidth);
    QCOMPARE(header->sortIndicatorSection(), int(PropertyListModel::DomainColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // And the rows are in that order.
    const QAbstractItemModel *rows = pane->view()->model();
    QTRY_VERIFY(rows->rowCount() > 2);
    const QString first = rows->index(0, PropertyListModel::DomainColumn).data().toString();
    const QString second = rows->index(1, PropertyListModel::DomainColumn).data().toString();
    QVERIFY2(first.compare(second, Qt::CaseInsensitive) >= 0, qPrintable(first + u" < "_s + second));
}

void tst_TableBehaviour::refreshKeepsSelectionAndPlace()
{
    auto pane = showPane();
    QTRY_VERIFY(!pane->model()->isLoading());
    QTableView *view = pane->view();
    QAbstractItemModelTester tester(view->model());
    QVERIFY(view->model()->rowCount() > 12);
    // A row some way down, scrolled so it is not at the top.
    view->scrollTo(view->model()->index(10, 0), QAbstractItemView::PositionAtTop);
    view->setCurrentIndex(view->model()->index(12, 0));
    const QString sid = currentSid(pane.get());
    const int top = view->visualRect(view->currentIndex()).top();
    QVERIFY(top > 0);

    QSignalSpy finished(pane.get(), &SectionPane::loadFinished);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F5);
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(currentSid(pane.get()), sid);
    QTRY_COMPARE(view->visualRect(view->currentIndex()).top(), top);
    QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
}

void tst_TableBehaviour::clearingTheFilterKeepsTheSelection()
{
    auto pane = showPane();
    QTRY_VERIFY(!pane->model()->isLoading());
    QTableView *view = pane->view();
    auto *search = pane->findChild<QLineEdit *>(u"searchField"_s);
    // Filter on the domain of a row far down, select it, clear the filter.
    const int far = view->model()->rowCount() - 2;
    const Property target = view->model()->index(far, 0).data(PropertyListModel::PropertyRole).value<Property>();
    search->setFocus();
    QTest::keyClicks(search, target.mainDomain);
    QTRY_VERIFY(view->model()->rowCount() >= 1);
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0),
                                                       PropertyListModel::SidRole,
                                                       target.propertySid, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    view->setCurrentIndex(found.first());
    QCOMPARE(currentSid(pane.get()), target.propertySid);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QVERIFY(view->model()->rowCount() > far);
    QCOMPARE(currentSid(pane.get()), target.propertySid);
    // Where it was: near the top of the viewport, not scrolled off.
    QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(view->currentIndex()).center()));
}

void tst_TableBehaviour::lineIconsShowOnDarkPalettes()
{
    // The mean lightness of an icon's drawn pixels.
    const auto lightness = [](const QIcon &icon) {
        const QImage image = icon.pixmap(24, 24).toImage();
        qint64 sum = 0;
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 128) {
                    sum += c.lightness();
                    ++count;
                }
            }
        }
        return count ? int(sum / count) : -1;
    };
    const QPalette before = QApplication::palette();
    QApplication::setPalette(fusionPalette());
    const int onLight = lightness(Icons::icon(u"view-refresh"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    QApplication::setPalette(dark);
    const int onDark = lightness(Icons::icon(u"view-refresh"_s));
    QApplication::setPalette(before);
    QVERIFY2(onLight >= 0 && onLight < 110, qPrintable(QString::number(onLight)));
    // Readable on the dark window: far lighter than the window's own lightness (about 45).
    QVERIFY2(onDark > 150, qPrintable(QString::number(onDark)));
}

void tst_TableBehaviour::mutedTextIsReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QPalette light = fusionPalette();
    QTest::newRow("Fusion light") << light << false;
    // The grey of the report: captions about #C6C6C6 on #EFEFEF.
    QPalette grey = light;
    grey.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    grey.setColor(QPalette::PlaceholderText, QColor(0xc6, 0xc6, 0xc6));
    QTest::newRow("light grey window") << grey << false;
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    QTest::newRow("dark") << dark << true;
}

void tst_TableBehaviour::mutedTextIsReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(Colors::isDark(palette), dark);
    const QColor muted = Colors::muted(palette);
    const qreal onWindow = Colors::contrastRatio(muted, palette.color(QPalette::Window));
    const qreal onBase = Colors::contrastRatio(muted, palette.color(QPalette::Base));
    QVERIFY2(onWindow >= 4.5, qPrintable(u"%1 on the window"_s.arg(onWindow)));
    QVERIFY2(onBase >= 4.5, qPrintable(u"%1 on the base"_s.arg(onBase)));
    // Still muted: not the text colour itself.
    QVERIFY(muted != palette.color(QPalette::WindowText));
    QVERIFY(Colors::contrastRatio(muted, palette.color(QPalette::Window))
            < Colors::contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)));
    QCOMPARE(qRound(Colors::contrastRatio(Qt::black, Qt::white)), 21);

    // A caption in the application: it follows the palette as it changes.
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    QLabel caption(u"Time zone:"_s);
    Colors::setMuted(&caption);
    const QColor shown = caption.palette().color(QPalette::Active, caption.foregroundRole());
    QVERIFY2(Colors::contrastRatio(shown, caption.palette().color(QPalette::Window)) >= 4.5,
             qPrintable(shown.name()));
    QApplication::setPalette(before);
}

QTEST_MAIN(tst_TableBehaviour)
#include "tst_tablebehaviour.moc"
