#include "MessageLabel.h"

#include "Icons.h"

#include <QEvent>
#include <QPainter>

namespace spdc {

namespace {
constexpr int Spacing = 6;
}

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateMargins();
}

void MessageLabel::setKind(Kind kind)
{
    m_kind = kind;
    update();
}

void MessageLabel::showMessage(const QString &text)
{
    setText(text);
    switch (m_kind) {
    case Kind::Error:
        setAccessibleName(tr("Error: %1").arg(text));
        break;
    case Kind::Information:
    case Kind::Success:
        setAccessibleName(text);
        break;
    }
    show();
}

int MessageLabel::iconSize() const
{
    return fontMetrics().height();
}

void MessageLabel::updateMargins()
{
    setContentsMargins(iconSize() + Spacing, 0, 0, 0);
}

void MessageLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMargins();
    QLabel::changeEvent(event);
}

void MessageLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    const QIcon icon = m_kind == Kind::Error ? Icons::error()
        : m_kind == Kind::Success           ? Icons::success()
                                            : Icons::information();
    QPainter painter(this);
    const int size = iconSize();
    // Level with the first line of text.
    icon.paint(&painter, QRect(0, contentsRect().top(), size, size), Qt::AlignCenter,
               isEnabled() ? QIcon::Normal : QIcon::Disabled);
}

} // namespace spdc
