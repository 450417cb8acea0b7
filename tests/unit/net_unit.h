/* Shared by the net/ unit tests (test_checksum, test_skbuff, test_tcp): the
 * host stand-ins for the kernel services net/ uses (tests/unit/net_stubs.c)
 * and what the tests can ask or set through them, plus an RFC 1071
 * reference checksum written independently of net/ipv4/checksum.c. */
#ifndef NET_UNIT_H
#define NET_UNIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* kmalloc/kzalloc/kfree are malloc-based; kmalloc_live (include/linux/mm.h)
 * counts live objects.  unit_kmalloc_fail_in = n > 0 makes the n-th
 * kmalloc from now return NULL (once). */
extern int unit_kmalloc_fail_in;

/* Softirqs: raise_softirq only marks one pending; unit_do_softirq runs the
 * pending actions the way kernel/softirq.c's do_softirq does.  The tests
 * call it where the kernel would: at the end of each "system call".  A
 * wait_event that finds its condition false calls schedule(), which runs
 * pending softirqs first (as kernel/sched.c does); if nothing was pending
 * the task would sleep for ever, so the stub counts it in unit_sleeps and
 * makes a signal pending: the call then returns -EINTR (or what it has).
 * A sleep with a timeout (schedule_timeout) instead runs out at once, counted
 * in unit_timeouts. */
void unit_do_softirq(void);
bool unit_softirq_pending(void);
extern int unit_sleeps, unit_timeouts;
extern int unit_wakeups;		/* wake_up calls */

/* copy_from_user/copy_to_user: memcpy, except that a pointer below
 * UNIT_BAD_UPTR_LIMIT faults (nothing copied), as an unmapped page would. */
#define UNIT_BAD_UPTR_LIMIT 4096

/* ktime_get_ns returns unit_now_ns, then adds unit_ns_step to it; TCP's
 * initial sequence numbers come from this clock. */
extern uint64_t unit_now_ns, unit_ns_step;

extern int unit_sigpipes;		/* sock_send_sigpipe without MSG_NOSIGNAL */

/* register_reboot_notifier keeps the functions; unit_power_off calls them. */
void unit_power_off(void);

/* sock_register keeps the families by number. */
struct net_proto_family;
extern const struct net_proto_family *unit_families[64];

/* RFC 1071, the obvious way: sum big-endian 16-bit words in 64 bits, pad an
 * odd byte with zero, fold, complement.  Returns the checksum as a number
 * (0x220d for the RFC's example), to compare with the big-endian bytes of a
 * header field. */
static inline uint32_t ref_sum(const void *buf, size_t len, uint64_t sum)
{
	const uint8_t *p = buf;

	for (size_t i = 0; i < len; i++)
		sum += (i & 1) ? p[i] : (uint64_t)p[i] << 8;
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint32_t)sum;
}

static inline uint16_t ref_csum(const void *buf, size_t len)
{
	return (uint16_t)~ref_sum(buf, len, 0);
}

/* The TCP/UDP checksum: pseudo-header (addresses as the 4 bytes on the
 * wire, zero, protocol, length) then the segment. */
static inline uint16_t ref_l4_csum(const uint8_t saddr[4], const uint8_t daddr[4], uint8_t proto,
				   const void *seg, size_t len)
{
	uint8_t ph[12] = {
		saddr[0], saddr[1], saddr[2], saddr[3], daddr[0], daddr[1], daddr[2], daddr[3],
		0, proto, (uint8_t)(len >> 8), (uint8_t)len,
	};

	return (uint16_t)~ref_sum(seg, len, ref_sum(ph, sizeof(ph), 0));
}

static inline uint16_t get_be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline uint32_t get_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline void put_be16(uint8_t *p, uint16_t v) { p[0] = v >> 8; p[1] = (uint8_t)v; }
static inline void put_be32(uint8_t *p, uint32_t v)
{
	p[0] = v >> 24; p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}

#endif
