#include "problemsdelegate.h"

#include "icons.h"
#include "numbers/numberchecks.h"
#include "numbers/numbertablemodel.h"

#include <QApplication>
#include <QPainter>

namespace {
int iconSize(const QFontMetrics &metrics)
{
    return std::max(14, metrics.height() - 2);
}
} // namespace

ProblemsDelegate::ProblemsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

int ProblemsDelegate::fullWidth(const QFontMetrics &metrics)
{
    return NumberChecks::ProblemCount * (iconSize(metrics) + 2) + 8;
}

void ProblemsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear(); // the icons say it; the words are the tooltip
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const quint32 problems = index.data(NumberTableModel::ProblemsRole).toUInt();
    if (!problems)
        return;
    const int size = iconSize(option.fontMetrics);
    int x = option.rect.left() + 4;
    const int y = option.rect.top() + (option.rect.height() - size) / 2;
    const QIcon::Mode mode = option.state & QStyle::State_Selected ? QIcon::Selected : QIcon::Normal;
    for (NumberChecks::Problem p : NumberChecks::all()) {
        if (!(problems & p))
            continue;
        if (x + size > option.rect.right())
            break;
        Icons::icon(NumberChecks::iconName(p)).paint(painter, QRect(x, y, size, size), Qt::AlignCenter, mode);
        x += size + 2;
    }
}

QSize ProblemsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const int count = qPopulationCount(index.data(NumberTableModel::ProblemsRole).toUInt());
    hint.setWidth(count * (iconSize(option.fontMetrics) + 2) + 8);
    return hint;
}
