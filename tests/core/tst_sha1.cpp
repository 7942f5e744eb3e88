// SHA-1 against the examples of FIPS 180-2, appendix A, and messages around the block edges.
#include "engine/Sha1.h"

#include <QCryptographicHash>
#include <QTest>

using namespace latch;

namespace {

QByteArray hex(const QByteArray& message)
{
    const Sha1::Digest digest =
        Sha1::of(reinterpret_cast<const std::uint8_t*>(message.constData()), message.size());
    return QByteArray(reinterpret_cast<const char*>(digest.data()), int(digest.size())).toHex();
}

} // namespace

class TestSha1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedExamples();
    void everyLengthAroundTheBlocks();
};

void TestSha1::publishedExamples()
{
    QCOMPARE(hex("abc"), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
    QCOMPARE(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1"));
    QCOMPARE(hex(QByteArray(1000000, 'a')), QByteArray("34aa973cd4c4daa4f61eeb2bdbad27316534016f"));
    QCOMPARE(hex(QByteArray()), QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
}

// Lengths where the padding spills into a second block (55, 56, 63, 64, 65...), against
// Qt's implementation.
void TestSha1::everyLengthAroundTheBlocks()
{
    for (int length = 0; length <= 200; ++length) {
        QByteArray message(length, '\0');
        for (int i = 0; i < length; ++i)
            message[i] = char(i * 7 + length);
        QCOMPARE(hex(message), QCryptographicHash::hash(message, QCryptographicHash::Sha1).toHex());
    }
}

QTEST_GUILESS_MAIN(TestSha1)
#include "tst_sha1.moc"
