/* include/net/ip.h — IPv4: the header, the protocol table, and the calls
 * between IP and the protocols above it (net/ipv4/ip_output.c, ip_input.c).
 *
 * Going down, UDP, TCP and ICMP call ip_queue_xmit.  Coming up, ip_rcv
 * hands a packet to whichever protocol registered for its protocol number
 * with inet_add_protocol — so IP never names TCP or UDP.
 */
#ifndef _NET_IP_H
#define _NET_IP_H

#include <linux/types.h>
#include <linux/skbuff.h>
#include <net/checksum.h>

struct iphdr {
	u8 ihl_version;			/* version 4 (high nibble), ihl (low) */
	u8 tos;
	u16 tot_len, id, frag_off;
	u8 ttl, protocol;
	u16 check;
	u32 saddr, daddr;
} __attribute__((packed));

#define IP_DF		0x4000
#define IPDEFTTL	64
#define LOOPBACK_ADDR	0x7f000001		/* 127.0.0.1, host order */

static inline struct iphdr *ip_hdr(const struct sk_buff *skb) { return (struct iphdr *)skb->network_header; }
static inline bool ipv4_is_loopback(u32 addr_n) { return (ntohl(addr_n) >> 24) == 127; }

struct net_protocol {
	int (*handler)(struct sk_buff *skb);
	/* An ICMP error about a packet this protocol sent: the packet's IP
	 * header (and 8 bytes beyond) is at skb->data. */
	void (*err_handler)(struct sk_buff *skb, int type, int code);
};

int inet_add_protocol(const struct net_protocol *prot, u8 protocol);
const struct net_protocol *inet_get_protocol(u8 protocol);

/* Put an IP header on skb (which holds the transport header and data) and
 * send it.  Addresses in network order.  0 or -ENETUNREACH. */
int ip_queue_xmit(struct sk_buff *skb, u32 saddr, u32 daddr, u8 protocol);
/* The source address for sending to daddr: lo's own, 127.0.0.1. */
u32 inet_select_addr(u32 daddr);
/* Can we reach daddr?  Only 127.0.0.0/8 (and 0.0.0.0, meaning this host). */
bool ip_route_ok(u32 daddr);
void ip_init(void);

void icmp_send(struct sk_buff *skb_in, int type, int code);
void icmp_init(void);

#define ICMP_ECHOREPLY		0
#define ICMP_DEST_UNREACH	3
#define ICMP_ECHO		8
#define ICMP_PROT_UNREACH	2
#define ICMP_PORT_UNREACH	3

#endif
