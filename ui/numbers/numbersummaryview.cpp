#include "numbersummaryview.h"

#include "numbers/numberchecks.h"
#include "numbers/numberrow.h"
#include "widgets/colors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
enum Page { ChartsPage, EmptyPage };

QColor mixed(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

QString capabilityName(quint32 bits)
{
    switch (bits) {
    case NumberRow::Voice: return NumberSummaryView::tr("Voice");
    case NumberRow::Sms: return NumberSummaryView::tr("SMS");
    case NumberRow::Mms: return NumberSummaryView::tr("MMS");
    case NumberRow::Fax: return NumberSummaryView::tr("Fax");
    }
    return {};
}
} // namespace

NumberSummaryView::NumberSummaryView(NumberSummary *summary, QWidget *parent)
    : QWidget(parent)
    , m_summary(summary)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"numberSummary"_s);
    auto *charts = new QWidget(m_stack);
    auto *row = new QHBoxLayout(charts);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    build(Chart::Places, tr("Numbers by area code or region"));
    build(Chart::Capabilities, tr("Numbers by capability"));
    build(Chart::Problems, tr("Numbers by problem"));
    // The problems' names are the longest, the capabilities' the shortest.
    row->addWidget(parts(Chart::Places).view, 4);
    row->addWidget(parts(Chart::Capabilities).view, 3);
    row->addWidget(parts(Chart::Problems).view, 5);
    parts(Chart::Places).view->setObjectName(u"placesChart"_s);
    parts(Chart::Capabilities).view->setObjectName(u"capabilitiesChart"_s);
    parts(Chart::Problems).view->setObjectName(u"problemsChart"_s);

    m_empty->setObjectName(u"summaryEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    Colors::setMuted(m_empty);
    m_empty->setText(tr("No numbers to summarise yet."));
    m_stack->addWidget(charts);
    m_stack->addWidget(m_empty);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Room for the places' bars (the top ones and Other) at the font's size, no more: the
    // table below keeps the rest.
    const int lines = NumberSummary::DefaultTopPlaces + 1;
    setFixedHeight(lines * (fontMetrics().height() + 3) + 2 * fontMetrics().height() + 12);

    if (m_summary)
        connect(m_summary, &NumberSummary::countsChanged, this, &NumberSummaryView::showCounts);
    restyle();
    showCounts();
}

NumberSummaryView::~NumberSummaryView() = default;

void NumberSummaryView::build(Chart which, const QString &accessibleName)
{
    ChartParts &p = parts(which);
    p.chart = new QChart;
    p.chart->legend()->hide();
    p.chart->setAnimationOptions(QChart::NoAnimation);
    p.chart->setBackgroundRoundness(0);
    p.chart->setMargins(QMargins(0, 0, 0, 0));
    p.chart->layout()->setContentsMargins(0, 0, 0, 0);

    p.series = new QHorizontalBarSeries(p.chart);
    p.set = new QBarSet(accessibleName, p.series);
    p.series->append(p.set);
    p.series->setBarWidth(0.72);
    p.series->setLabelsVisible(true);
    p.series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    p.series->setLabelsFormat(u"@value"_s);
    p.series->setLabelsPrecision(9); // whole numbers up to a billion, never "1e+06"
    p.chart->addSeries(p.series);

    p.categories = new QBarCategoryAxis(p.chart);
    p.categories->setGridLineVisible(false);
    p.categories->setLineVisible(false);
    // Whole labels: truncating ones let the layout squeeze every place to "..." in a narrow
    // chart; the bars give up the width instead.
    p.categories->setTruncateLabels(false);
    p.values = new QValueAxis(p.chart);
    p.values->setVisible(false); // the bars carry their counts
    p.chart->addAxis(p.categories, Qt::AlignLeft);
    p.chart->addAxis(p.values, Qt::AlignBottom);
    p.series->attachAxis(p.categories);
    p.series->attachAxis(p.values);

    p.view = new QChartView(p.chart, this); // owns the chart
    p.view->setRenderHint(QPainter::Antialiasing);
    p.view->setFrameShape(QFrame::NoFrame);
    p.view->setAccessibleName(accessibleName);
    p.view->setMinimumWidth(160);

    connect(p.set, &QBarSet::clicked, this, [this, which](int index) {
        const NumberSummaryBar bar = barAt(which, index);
        if (bar.isFilterable())
            emit barClicked(bar);
    });
    connect(p.set, &QBarSet::hovered, this, [this, which](bool on, int index) {
        ChartParts &p = parts(which);
        if (on)
            QToolTip::showText(QCursor::pos(), toolTip(barAt(which, index)), p.view);
        else
            QToolTip::hideText();
        p.view->setCursor(on && barAt(which, index).isFilterable() ? Qt::PointingHandCursor
                                                                   : Qt::ArrowCursor);
    });
}

void NumberSummaryView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

bool NumberSummaryView::isShowingCharts() const
{
    return m_stack->currentIndex() == ChartsPage;
}

QChartView *NumberSummaryView::chartView(Chart chart) const
{
    return parts(chart).view;
}

QBarSet *NumberSummaryView::barSet(Chart chart) const
{
    return parts(chart).set;
}

QList<NumberSummaryBar> NumberSummaryView::bars(Chart chart) const
{
    return parts(chart).bars;
}

NumberSummaryBar NumberSummaryView::barAt(Chart chart, int setIndex) const
{
    // A horizontal series draws its first value at the bottom: the set holds the bars reversed.
    const QList<NumberSummaryBar> &bars = parts(chart).bars;
    const qsizetype at = bars.size() - 1 - setIndex;
    return at >= 0 && at < bars.size() ? bars.at(at) : NumberSummaryBar();
}

QString NumberSummaryView::label(const NumberSummaryBar &bar)
{
    switch (bar.kind) {
    case NumberSummaryBar::Kind::AreaCode:
        if (bar.tollFree)
            return tr("%1 toll-free").arg(bar.key);
        return bar.place.isEmpty() ? bar.key : tr("%1 %2").arg(bar.key, bar.place);
    case NumberSummaryBar::Kind::Region:
        return bar.key;
    case NumberSummaryBar::Kind::Other:
        return bar.places > 0 ? tr("Other (%n place(s))", nullptr, bar.places) : tr("Unknown place");
    case NumberSummaryBar::Kind::Capability:
        return capabilityName(bar.bits);
    case NumberSummaryBar::Kind::Problem:
        return NumberChecks::title(NumberChecks::Problem(bar.bits));
    }
    return {};
}

QString NumberSummaryView::toolTip(const NumberSummaryBar &bar) const
{
    const QString count = tr("%1: %n number(s)", nullptr, bar.count).arg(label(bar));
    if (bar.kind == NumberSummaryBar::Kind::Other) {
        return count + u'\n'
               + tr("Choose a region in the list above, or type + and a number's first digits "
                    "(+1 415) in the filter.");
    }
    if (bar.filter() == m_active)
        return count + u'\n' + tr("Click again to show every number.");
    return count + u'\n' + tr("Click to show only these.");
}

void NumberSummaryView::setActiveFilter(const NumberViewFilter &filter)
{
    if (filter == m_active)
        return;
    m_active = filter;
    showActive();
}

void NumberSummaryView::showActive()
{
    for (ChartParts &p : m_charts) {
        p.set->deselectAllBars();
        if (m_active.isEmpty())
            continue;
        for (qsizetype i = 0; i < p.bars.size(); ++i) {
            if (p.bars.at(i).isFilterable() && p.bars.at(i).filter() == m_active)
                p.set->selectBar(int(p.bars.size() - 1 - i));
        }
    }
}

void NumberSummaryView::showCounts()
{
    const NumberSummaryCounts counts = m_summary ? m_summary->counts() : NumberSummaryCounts();
    m_stack->setCurrentIndex(counts.total > 0 ? ChartsPage : EmptyPage);
    const QLocale locale;
    fill(Chart::Places, counts.places, tr("By area code or region"));
    fill(Chart::Capabilities, counts.capabilities, tr("By capability"));
    fill(Chart::Problems, counts.problems,
         counts.withProblems ? tr("By problem (%1 of %2 numbers)")
                                   .arg(locale.toString(counts.withProblems), locale.toString(counts.total))
                             : tr("By problem (none)"));
    showActive();
}

void NumberSummaryView::fill(Chart which, const QList<NumberSummaryBar> &bars, const QString &title)
{
    ChartParts &p = parts(which);
    p.chart->setTitle(title);
    if (bars == p.bars)
        return;
    p.bars = bars;
    QList<qreal> values;
    int most = 0;
    QStringList described;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        values.append(it->count);
        most = std::max(most, it->count);
    }
    for (const NumberSummaryBar &bar : bars)
        described.append(tr("%1: %2").arg(label(bar), QLocale().toString(bar.count)));
    p.set->remove(0, p.set->count());
    relabel(which);
    p.set->append(values);
    // Room right of the longest bar for its count.
    p.values->setRange(0, std::max(1.0, most * 1.22));
    p.view->setAccessibleDescription(described.join(u"; "_s));
}

void NumberSummaryView::relabel(Chart which)
{
    // Qt Charts gives the labels a share of a narrow chart and draws longer ones past its
    // edge, cut: a long place or problem is elided here, whole in its tooltip.
    ChartParts &p = parts(which);
    const QFontMetrics metrics(font());
    const int room = std::max(metrics.averageCharWidth() * 8, int(p.view->width() * 0.36));
    QStringList categories;
    for (auto it = p.bars.crbegin(); it != p.bars.crend(); ++it) {
        const QString whole = label(*it);
        const QString shown = metrics.elidedText(whole, Qt::ElideRight, room);
        // The axis keeps one of equal categories: two cut alike stay whole.
        categories.append(categories.contains(shown) ? whole : shown);
    }
    if (categories == p.categories->categories())
        return;
    p.categories->clear();
    p.categories->append(categories);
}

void NumberSummaryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (Chart which : {Chart::Places, Chart::Capabilities, Chart::Problems})
        relabel(which);
}

void NumberSummaryView::restyle()
{
    // The palette's colours, light or dark, never the chart theme's fixed white.
    const QPalette pal = palette();
    const bool dark = Colors::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor bar = mixed(highlight, base, dark ? 0.35 : 0.45);
    QFont titleFont = font();
    titleFont.setBold(true);
    for (ChartParts &p : m_charts) {
        p.chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        p.chart->setBackgroundBrush(base);
        p.chart->setBackgroundPen(Qt::NoPen);
        p.chart->setTitleBrush(text);
        p.chart->setTitleFont(titleFont);
        p.categories->setLabelsColor(text);
        p.categories->setLabelsFont(font());
        p.set->setColor(bar);
        p.set->setBorderColor(bar);
        p.set->setSelectedColor(highlight);
        p.set->setLabelColor(text);
        p.set->setLabelFont(font());
        p.view->setBackgroundBrush(base);
    }
}

void NumberSummaryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_restyling) {
        m_restyling = true;
        restyle();
        m_restyling = false;
    }
}
