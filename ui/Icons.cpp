#include "Icons.h"

#include <QApplication>
#include <QImageReader>
#include <QLabel>
#include <QStyle>

namespace spdc::Icons {

namespace {
QIcon load(const char *name, QStyle::StandardPixmap fallback)
{
    static const bool svg = QImageReader::supportedImageFormats().contains(QByteArrayLiteral("svg"));
    if (svg)
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    return QApplication::style()->standardIcon(fallback);
}
} // namespace

QIcon application()
{
    return load("app", QStyle::SP_ComputerIcon);
}

QIcon success()
{
    return load("success", QStyle::SP_DialogApplyButton);
}

QIcon error()
{
    return load("error", QStyle::SP_MessageBoxCritical);
}

QIcon information()
{
    return load("info", QStyle::SP_MessageBoxInformation);
}

QIcon phone()
{
    return load("phone", QStyle::SP_MessageBoxInformation);
}

QIcon code()
{
    return load("code", QStyle::SP_DialogOkButton);
}

QPixmap pixmap(const QIcon &icon, int size, const QWidget *widget)
{
    const qreal ratio = widget ? widget->devicePixelRatioF() : qApp->devicePixelRatio();
    return icon.pixmap(QSize(size, size), ratio);
}

void setLabelIcon(QLabel *label, const QIcon &icon, int size)
{
    label->setPixmap(pixmap(icon, size, label));
    label->setFixedSize(size, size);
    label->setAccessibleName(QString());
}

} // namespace spdc::Icons
