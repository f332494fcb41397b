using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsReader.Persistence;

/// <summary>
/// The stores' checksum, xxHash64 (seed 0) written out here, appended to piece by piece. Ours
/// rather than System.IO.Hashing's because its loop is compiled optimised from the first call
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>): at start-up the library's hashing ran
/// in the JIT's first, unoptimised tier while the web host's own start kept the compiler busy, and
/// the 800 MB of the two stores took seconds to hash instead of a tenth of one. It detects damage
/// (a flipped, missing or extra byte), not an attacker. Tests check it against the library's XxHash64.
/// </summary>
internal sealed class StoreChecksum
{
    private const int StripeLength = 32;
    private const ulong Prime1 = 0x9E3779B185EBCA87;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4F;
    private const ulong Prime3 = 0x165667B19E3779F9;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63;
    private const ulong Prime5 = 0x27D4EB2F165667C5;

    private readonly byte[] _pending = new byte[StripeLength];
    private ulong _lane1 = unchecked(Prime1 + Prime2);
    private ulong _lane2 = Prime2;
    private ulong _lane3;
    private ulong _lane4 = unchecked(0 - Prime1);
    private int _pendingLength;
    private long _length;

    public static ulong Of(ReadOnlySpan<byte> data)
    {
        var checksum = new StoreChecksum();
        checksum.Append(data);
        return checksum.Value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<byte> data)
    {
        _length += data.Length;
        if (_pendingLength > 0)
        {
            var taken = Math.Min(StripeLength - _pendingLength, data.Length);
            data[..taken].CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += taken;
            data = data[taken..];
            if (_pendingLength < StripeLength)
            {
                return;
            }

            Stripes(_pending);
            _pendingLength = 0;
        }

        var whole = data.Length - (data.Length % StripeLength);
        Stripes(data[..whole]);
        data[whole..].CopyTo(_pending);
        _pendingLength = data.Length - whole;
    }

    /// <summary>The hash of everything appended so far (appending may go on).</summary>
    public ulong Value
    {
        get
        {
            var hash = _length >= StripeLength
                ? Merge(Merge(Merge(Merge(BitOperations.RotateLeft(_lane1, 1) + BitOperations.RotateLeft(_lane2, 7) + BitOperations.RotateLeft(_lane3, 12) + BitOperations.RotateLeft(_lane4, 18), _lane1), _lane2), _lane3), _lane4)
                : Prime5;
            hash += (ulong)_length;
            var tail = _pending.AsSpan(0, _pendingLength);
            for (; tail.Length >= 8; tail = tail[8..])
            {
                hash = (BitOperations.RotateLeft(hash ^ Round(0, BinaryPrimitives.ReadUInt64LittleEndian(tail)), 27) * Prime1) + Prime4;
            }

            if (tail.Length >= 4)
            {
                hash = (BitOperations.RotateLeft(hash ^ (BinaryPrimitives.ReadUInt32LittleEndian(tail) * Prime1), 23) * Prime2) + Prime3;
                tail = tail[4..];
            }

            foreach (var value in tail)
            {
                hash = BitOperations.RotateLeft(hash ^ (value * Prime5), 11) * Prime1;
            }

            hash = (hash ^ (hash >> 33)) * Prime2;
            hash = (hash ^ (hash >> 29)) * Prime3;
            return hash ^ (hash >> 32);
        }
    }

    /// <summary>Four independent lanes of eight bytes each: the processor works on all four at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Stripes(ReadOnlySpan<byte> data)
    {
        var (lane1, lane2, lane3, lane4) = (_lane1, _lane2, _lane3, _lane4);
        for (; data.Length >= StripeLength; data = data[StripeLength..])
        {
            lane1 = Round(lane1, BinaryPrimitives.ReadUInt64LittleEndian(data));
            lane2 = Round(lane2, BinaryPrimitives.ReadUInt64LittleEndian(data[8..]));
            lane3 = Round(lane3, BinaryPrimitives.ReadUInt64LittleEndian(data[16..]));
            lane4 = Round(lane4, BinaryPrimitives.ReadUInt64LittleEndian(data[24..]));
        }

        (_lane1, _lane2, _lane3, _lane4) = (lane1, lane2, lane3, lane4);
    }

    private static ulong Round(ulong lane, ulong input) => BitOperations.RotateLeft(lane + (input * Prime2), 31) * Prime1;

    private static ulong Merge(ulong hash, ulong lane) => ((hash ^ Round(0, lane)) * Prime1) + Prime4;
}
