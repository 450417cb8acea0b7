/* Unit tests for net/ipv4/checksum.c, the RFC 1071 checksum on every IP, UDP
 * and TCP packet (a wrong sum drops all traffic or accepts corrupt packets):
 * known-good packets captured from Linux and confirmed by Wireshark, odd
 * lengths, carries and all-0xff data, against net_unit.h's reference. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <net/checksum.h>
#include "unit.h"
#include "net_unit.h"

/* Packets Linux 6.x sent on lo (127.0.0.1:54638 -> 127.0.0.1:5555), IP
 * header included.  lo offloads the transport checksum, so the captured
 * field held only the pseudo-header sum (0xfe30 / 0xfe2d / 0xfe1e); the
 * values below were filled in and confirmed "good" by tshark. */
static const uint8_t syn_pkt[60] = {	/* SYN, options MSS 65495, SACK, TS, WS */
	0x45, 0x00, 0x00, 0x3c, 0xdf, 0xa0, 0x40, 0x00, 0x40, 0x06, 0x5d, 0x19,
	0x7f, 0x00, 0x00, 0x01, 0x7f, 0x00, 0x00, 0x01,
	0xd5, 0x6e, 0x15, 0xb3, 0xe4, 0x7d, 0x4d, 0x71, 0x00, 0x00, 0x00, 0x00,
	0xa0, 0x02, 0xff, 0xd7, 0xda, 0xf3, 0x00, 0x00, 0x02, 0x04, 0xff, 0xd7,
	0x04, 0x02, 0x08, 0x0a, 0x8a, 0xde, 0xcd, 0x1b, 0x00, 0x00, 0x00, 0x00,
	0x01, 0x03, 0x03, 0x0a,
};
static const uint8_t data_pkt[57] = {	/* PSH|ACK "hello": a 37-byte segment */
	0x45, 0x00, 0x00, 0x39, 0xdf, 0xa2, 0x40, 0x00, 0x40, 0x06, 0x5d, 0x1a,
	0x7f, 0x00, 0x00, 0x01, 0x7f, 0x00, 0x00, 0x01,
	0xd5, 0x6e, 0x15, 0xb3, 0xe4, 0x7d, 0x4d, 0x72, 0x66, 0xcd, 0x3b, 0x5e,
	0x80, 0x18, 0x00, 0x40, 0x56, 0xcd, 0x00, 0x00, 0x01, 0x01, 0x08, 0x0a,
	0x8a, 0xde, 0xcd, 0x1b, 0xef, 0x7c, 0xd7, 0x19, 'h', 'e', 'l', 'l', 'o',
};
static const uint8_t udp_pkt[31] = {	/* UDP 41476 -> 5556, "odd": 11 bytes */
	0x45, 0x00, 0x00, 0x1f, 0xd0, 0x5c, 0x40, 0x00, 0x40, 0x11, 0x6c, 0x6f,
	0x7f, 0x00, 0x00, 0x01, 0x7f, 0x00, 0x00, 0x01,
	0xa2, 0x04, 0x15, 0xb4, 0x00, 0x0b, 0x76, 0xb8, 'o', 'd', 'd',
};

struct known {
	const char *name;
	const uint8_t *pkt;
	size_t len;
	size_t check_off;		/* of the transport checksum, from pkt */
};

static const struct known packets[] = {
	{ "tcp syn", syn_pkt, sizeof(syn_pkt), 20 + 16 },
	{ "tcp data", data_pkt, sizeof(data_pkt), 20 + 16 },
	{ "udp", udp_pkt, sizeof(udp_pkt), 20 + 6 },
};

/* A u16 the kernel returns in network order, as the two bytes it stores. */
static uint16_t wire16(u16 v)
{
	uint8_t b[2];

	memcpy(b, &v, 2);
	return get_be16(b);
}

static u32 addr_of(const uint8_t *p)	/* 4 wire bytes as the kernel holds them */
{
	u32 a;

	memcpy(&a, p, 4);
	return a;
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint32_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

static void fill_random(uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)rnd();
}

/* RFC 1071 section 3's example: the sum is 2ddf0, folded ddf2, and the
 * checksum its complement, 220d. */
static void test_rfc1071_example(void **state)
{
	static const uint8_t b[8] = { 0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7 };

	assert_int_equal(csum_partial(b, sizeof(b), 0), 0x2ddf0);
	assert_int_equal(wire16(csum_fold(0x2ddf0)), 0x220d);
	assert_int_equal(ref_csum(b, sizeof(b)), 0x220d);	/* the reference agrees */
}

/* ip_fast_csum over the captured headers: the stored value with the field
 * zeroed, 0 over the intact header.  Plus the classic 192.168.0.1 header. */
static void test_ip_header_known(void **state)
{
	static const uint8_t classic[20] = {
		0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11,
		0xb8, 0x61, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7,
	};
	const uint8_t *hdrs[] = { syn_pkt, data_pkt, udp_pkt, classic };

	for (size_t i = 0; i < sizeof(hdrs) / sizeof(hdrs[0]); i++) {
		uint8_t h[20];

		memcpy(h, hdrs[i], 20);
		assert_int_equal(ip_fast_csum(h, 5), 0);
		h[10] = h[11] = 0;
		assert_int_equal(wire16(ip_fast_csum(h, 5)), get_be16(hdrs[i] + 10));
		assert_int_equal(ref_csum(h, 20), get_be16(hdrs[i] + 10));
	}
}

/* The TCP/UDP checksums of the captured packets (odd segment lengths among
 * them), computed the way tcp_transmit and udp_sendmsg do. */
static void test_transport_known(void **state)
{
	for (size_t i = 0; i < sizeof(packets) / sizeof(packets[0]); i++) {
		const struct known *k = &packets[i];
		size_t l4 = k->len - 20;
		uint8_t *seg = malloc(l4);
		u16 c;

		memcpy(seg, k->pkt + 20, l4);
		/* intact: verifies to 0, as tcp_v4_rcv / udp_rcv check it */
		c = csum_fold(csum_tcpudp_nofold(addr_of(k->pkt + 12), addr_of(k->pkt + 16), l4,
						 k->pkt[9], csum_partial(seg, l4, 0)));
		if (c != 0)
			fail_msg("%s: good packet does not verify (%#x)", k->name, c);
		seg[k->check_off - 20] = seg[k->check_off - 19] = 0;
		c = csum_fold(csum_tcpudp_nofold(addr_of(k->pkt + 12), addr_of(k->pkt + 16), l4,
						 k->pkt[9], csum_partial(seg, l4, 0)));
		if (wire16(c) != get_be16(k->pkt + k->check_off))
			fail_msg("%s: checksum %#06x, want %#06x", k->name, wire16(c),
				 get_be16(k->pkt + k->check_off));
		assert_int_equal(ref_l4_csum(k->pkt + 12, k->pkt + 16, k->pkt[9], seg, l4),
				 get_be16(k->pkt + k->check_off));
		free(seg);
	}
}

/* What Linux itself put in the captured checksum fields (lo offloads the
 * rest): the folded pseudo-header sum alone.  An outside check of
 * csum_tcpudp_nofold: address order, protocol and length placement. */
static void test_pseudo_header_matches_linux(void **state)
{
	static const struct { u16 len; u8 proto; uint16_t linux_field; } cases[] = {
		{ 40, 6, 0xfe30 }, { 37, 6, 0xfe2d }, { 11, 17, 0xfe1e },
	};
	u32 lo = addr_of(syn_pkt + 12);

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		u16 c = csum_fold(csum_tcpudp_nofold(lo, lo, cases[i].len, cases[i].proto, 0));

		assert_int_equal(wire16(c), (uint16_t)~cases[i].linux_field);
	}
}

/* Pseudo-header with unequal, high-bit addresses: a swapped or byte-reversed
 * address, or the protocol in the wrong half, shows here. */
static void test_pseudo_header_random(void **state)
{
	for (int i = 0; i < 2000; i++) {
		uint8_t s[4], d[4], seg[64];
		size_t len = rnd() % sizeof(seg);
		u8 proto = (u8)rnd();
		u16 c;

		fill_random(s, 4);
		fill_random(d, 4);
		fill_random(seg, len);
		c = csum_fold(csum_tcpudp_nofold(addr_of(s), addr_of(d), (u16)len, proto,
						 csum_partial(seg, len, 0)));
		if (wire16(c) != ref_l4_csum(s, d, proto, seg, len))
			fail_msg("len %zu proto %u: %#06x, want %#06x", len, proto, wire16(c),
				 ref_l4_csum(s, d, proto, seg, len));
	}
}

/* Every length from 0 to 300 (odd ones pad the last byte on the right),
 * at every alignment, with and without an initial sum. */
static void test_lengths_and_alignment(void **state)
{
	uint8_t buf[304 + 8];

	fill_random(buf, sizeof(buf));
	for (size_t len = 0; len <= 300; len++)
		for (size_t off = 0; off < 4; off++) {
			u32 init = (off & 1) ? rnd() & 0xffffff : 0;
			uint32_t want = ref_sum(buf + off, len, init);
			u32 got = csum_partial(buf + off, len, init);

			if (wire16(csum_fold(got)) != (uint16_t)~want)
				fail_msg("len %zu off %zu init %#x: %#06x, want %#06x", len, off, init,
					 wire16(csum_fold(got)), (uint16_t)~want);
		}
	/* one byte: it is the high half of a word */
	buf[0] = 0x12;
	assert_int_equal(csum_partial(buf, 1, 0), 0x1200);
	assert_int_equal(csum_partial(buf, 0, 0x1234), 0x1234);
}

/* All-0xff data sums to "negative zero": checksum 0 for even lengths; an
 * odd one adds ff00.  Long runs force the early fold inside csum_partial
 * (the 32-bit sum would overflow after 32769 words). */
static void test_all_ones(void **state)
{
	static const size_t lens[] = { 1, 2, 3, 4, 20, 21, 65535, 65536, 65537, 65538, 65539, 200000, 200001 };
	uint8_t *buf = malloc(200001);

	memset(buf, 0xff, 200001);
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		size_t len = lens[i];
		u16 c = csum_fold(csum_partial(buf, len, 0));

		if (wire16(c) != ref_csum(buf, len))
			fail_msg("len %zu: %#06x, want %#06x", len, wire16(c), ref_csum(buf, len));
		assert_int_equal(wire16(c), (len & 1) ? 0x00ff : 0x0000);
	}
	free(buf);
}

/* Carries: end-around carry in the fold, a fold that itself carries, and
 * sums that come in near the top of 32 bits. */
static void test_carries(void **state)
{
	static const uint8_t two[4] = { 0xff, 0xff, 0x00, 0x01 };	/* ffff + 1 = 1 0000 -> 1 */
	static const uint8_t big[6] = { 0xff, 0xfe, 0xff, 0xff, 0x00, 0x02 };

	assert_int_equal(wire16(csum_fold(csum_partial(two, 4, 0))), 0xfffe);
	assert_int_equal(wire16(csum_fold(csum_partial(big, 6, 0))), ref_csum(big, 6));
	assert_int_equal(wire16(csum_fold(0xffffffff)), 0x0000);	/* ffff+ffff=1fffe -> ffff */
	assert_int_equal(wire16(csum_fold(0x0001ffff)), 0xfffe);	/* 1 0000 -> 1: folds twice */
	assert_int_equal(wire16(csum_fold(0xfffe0001)), 0x0000);
	assert_int_equal(wire16(csum_fold(0)), 0xffff);
	assert_int_equal(wire16(csum_fold(0x12345678)), (uint16_t)~(0x1234 + 0x5678));
	/* an initial sum near the top: csum_partial must fold, not wrap */
	for (int i = 0; i < 200; i++) {
		uint8_t b[64];
		u32 init = 0x7fff0000u + (rnd() & 0xffff);
		size_t len = rnd() % sizeof(b);

		fill_random(b, len);
		if (wire16(csum_fold(csum_partial(b, len, init))) != (uint16_t)~ref_sum(b, len, init))
			fail_msg("init %#x len %zu", init, len);
	}
}

/* Summing a buffer in even-sized pieces, chaining the sum, is the same as
 * summing it whole (how a header and its payload may be summed). */
static void test_chained_sums(void **state)
{
	uint8_t b[1500];

	fill_random(b, sizeof(b));
	for (size_t cut = 0; cut <= sizeof(b); cut += 2) {
		u32 s = csum_partial(b + cut, sizeof(b) - cut, csum_partial(b, cut, 0));

		assert_int_equal(wire16(csum_fold(s)), ref_csum(b, sizeof(b)));
	}
}

/* Fill in the checksum the kernel computes, and the packet verifies to 0 —
 * by the kernel and by the reference; flip any one bit and it does not. */
static void test_filled_packet_verifies(void **state)
{
	for (int n = 0; n < 300; n++) {
		uint8_t s[4] = { 127, 0, 0, 1 }, d[4] = { 127, (uint8_t)rnd(), 0, 1 };
		uint8_t seg[80];
		size_t len = 20 + rnd() % 60;
		u16 c;

		fill_random(seg, len);
		seg[16] = seg[17] = 0;
		c = csum_fold(csum_tcpudp_nofold(addr_of(s), addr_of(d), len, 6, csum_partial(seg, len, 0)));
		memcpy(seg + 16, &c, 2);	/* as tcp_transmit stores th->check */
		assert_int_equal(csum_fold(csum_tcpudp_nofold(addr_of(s), addr_of(d), len, 6,
							      csum_partial(seg, len, 0))), 0);
		assert_int_equal(ref_l4_csum(s, d, 6, seg, len), 0);
		for (size_t bit = 0; bit < len * 8; bit += 7) {
			seg[bit / 8] ^= 1u << (bit % 8);
			if (csum_fold(csum_tcpudp_nofold(addr_of(s), addr_of(d), len, 6,
							 csum_partial(seg, len, 0))) == 0)
				fail_msg("bit %zu flipped, still verifies", bit);
			seg[bit / 8] ^= 1u << (bit % 8);
		}
	}
	/* and an IP header */
	for (int n = 0; n < 100; n++) {
		uint8_t h[24];
		u16 c;

		fill_random(h, sizeof(h));
		h[0] = 0x46;
		h[10] = h[11] = 0;
		c = ip_fast_csum(h, 6);
		memcpy(h + 10, &c, 2);
		assert_int_equal(ip_fast_csum(h, 6), 0);
		assert_int_equal(ref_csum(h, 24), 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc1071_example),
		cmocka_unit_test(test_ip_header_known),
		cmocka_unit_test(test_transport_known),
		cmocka_unit_test(test_pseudo_header_matches_linux),
		cmocka_unit_test(test_pseudo_header_random),
		cmocka_unit_test(test_lengths_and_alignment),
		cmocka_unit_test(test_all_ones),
		cmocka_unit_test(test_carries),
		cmocka_unit_test(test_chained_sums),
		cmocka_unit_test(test_filled_packet_verifies),
	};

	return cmocka_run_group_tests_name("net/ipv4/checksum.c", tests, NULL, NULL);
}
