#pragma once

#include <QByteArray>
#include <QImage>

namespace loket {

// A QR code (libqrencode, error correction level M) as a black-on-white image: `moduleSize`
// pixels per module, with the four-module quiet zone scanners need. A null image when the text
// is too long for a QR code.
QImage qrCodeImage(const QByteArray &text, int moduleSize);

} // namespace loket
