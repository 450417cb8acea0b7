/* IPv4 protocol numbers, addresses and socket options.  Addresses and ports
 * inside struct sockaddr_in are in network (big-endian) byte order; the
 * INADDR_ constants below are in host order, as in Linux. */
#ifndef _UAPI_LINUX_IN_H
#define _UAPI_LINUX_IN_H

#include "types.h"
#include "socket.h"

#define IPPROTO_IP     0
#define IPPROTO_ICMP   1
#define IPPROTO_IGMP   2
#define IPPROTO_TCP    6
#define IPPROTO_UDP   17
#define IPPROTO_IPV6  41
#define IPPROTO_RAW  255
#define IPPROTO_MPTCP 262
#define IPPROTO_MAX  263	/* protocol numbers are 0..IPPROTO_MAX-1 */

struct in_addr {
	__be32 s_addr;
};

/* Exactly 16 bytes, the size of struct sockaddr. */
struct sockaddr_in {
	sa_family_t    sin_family;   /* AF_INET */
	__be16         sin_port;
	struct in_addr sin_addr;
	unsigned char  sin_zero[8];
};

#define INADDR_ANY       ((__u32)0x00000000)
#define INADDR_BROADCAST ((__u32)0xffffffff)
#define INADDR_NONE      ((__u32)0xffffffff)
#define INADDR_LOOPBACK  ((__u32)0x7f000001)   /* 127.0.0.1 */

/* SOL_IP / IPPROTO_IP options */
#define IP_TOS          1
#define IP_TTL          2
#define IP_HDRINCL      3
#define IP_OPTIONS      4
#define IP_PKTINFO      8
#define IP_MTU_DISCOVER 10
#define IP_RECVERR      11
#define IP_RECVTTL      12
#define IP_RECVTOS      13

#endif
