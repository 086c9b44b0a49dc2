#include "sidlabel.h"

#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

SidLabel::SidLabel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_copy(new QToolButton(this))
{
    m_label->setObjectName(u"sidText"_s);
    m_label->setMinimumWidth(1);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_copy->setObjectName(u"copySid"_s);
    m_copy->setIcon(Icons::themed(u"edit-copy"_s, u"edit-copy"_s));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy the identifier"));
    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_value); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy);
}

void SidLabel::setText(const QString &caption, const QString &value)
{
    m_caption = caption;
    m_value = value;
    m_copy->setEnabled(!value.isEmpty());
    m_label->setToolTip(value);
    setAccessibleName(caption);
    setAccessibleDescription(value);
    relayout();
}

QSize SidLabel::minimumSizeHint() const
{
    return {m_copy->sizeHint().width() + fontMetrics().horizontalAdvance(u"SID: PN12…90ab"_s),
            std::max(m_copy->sizeHint().height(), m_label->sizeHint().height())};
}

void SidLabel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void SidLabel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void SidLabel::relayout()
{
    const QString prefix = m_caption.isEmpty() ? QString() : m_caption + u": "_s;
    const int room = m_label->width() - m_label->fontMetrics().horizontalAdvance(prefix);
    m_label->setText(prefix + m_label->fontMetrics().elidedText(m_value, Qt::ElideMiddle, std::max(room, 0)));
}
