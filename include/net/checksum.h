/* include/net/checksum.h — network byte order and the Internet checksum
 * (RFC 1071), used by IP, ICMP, UDP and TCP (net/ipv4/checksum.c). */
#ifndef _NET_CHECKSUM_H
#define _NET_CHECKSUM_H

#include <linux/types.h>

static inline u16 htons(u16 x) { return (u16)((x << 8) | (x >> 8)); }
static inline u16 ntohs(u16 x) { return htons(x); }
static inline u32 htonl(u32 x)
{
	return (x << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00) | (x >> 24);
}
static inline u32 ntohl(u32 x) { return htonl(x); }

/* One's-complement sum of len bytes, added to sum (not folded). */
u32 csum_partial(const void *buf, size_t len, u32 sum);
/* Fold a 32-bit sum to 16 bits and complement: the checksum field. */
u16 csum_fold(u32 sum);
/* The sum of the IPv4 pseudo-header that UDP and TCP checksums cover. */
u32 csum_tcpudp_nofold(u32 saddr, u32 daddr, u16 len, u8 proto, u32 sum);
/* A whole IPv4 header's checksum. */
u16 ip_fast_csum(const void *iph, unsigned int ihl);

#endif
