/* include/linux/netdevice.h — network devices and the hand-off between
 * them and the protocols (net/core/dev.c).
 *
 * Going down, a protocol calls dev_queue_xmit; the device's xmit sends.
 * Coming up, a device calls netif_rx; the packet waits on a backlog queue
 * and net_rx_action hands it to whichever handler registered for its type
 * with dev_add_pack (IPv4 registers ip_rcv).  So the device layer never
 * names a protocol.
 */
#ifndef _LINUX_NETDEVICE_H
#define _LINUX_NETDEVICE_H

#include <linux/types.h>
#include <linux/skbuff.h>
#include <uapi/linux/if.h>

struct in_device;

struct net_device {
	const char *name;
	int ifindex;			/* 1, 2 ...: SIOCGIFINDEX, given at registration */
	unsigned int flags;		/* IFF_UP, IFF_LOOPBACK ... (uapi/linux/if.h) */
	unsigned short type;		/* ARPHRD_LOOPBACK, ARPHRD_ETHER */
	unsigned char addr_len;		/* hardware address bytes */
	u8 dev_addr[6];
	unsigned int tx_queue_len;	/* what `ifconfig` shows as txqueuelen */
	unsigned int mtu;
	int (*xmit)(struct sk_buff *skb, struct net_device *dev);
	unsigned long rx_packets, tx_packets, rx_bytes, tx_bytes;
	struct in_device *ip_ptr;	/* its IPv4 addresses (net/ipv4/devinet.c) */
	struct net_device *next;	/* the list of devices, dev_base */
};

struct packet_type {
	u16 type;			/* ETH_P_IP ... */
	int (*func)(struct sk_buff *skb, struct net_device *dev);
	struct packet_type *next;
};

extern struct net_device loopback_dev;
extern struct net_device *dev_base;	/* every registered device */

void register_netdev(struct net_device *dev);
struct net_device *dev_get_by_name(const char *name);
struct net_device *dev_get_by_ifr_name(char name[IFNAMSIZ]);
struct net_device *dev_get_by_index(int ifindex);
unsigned int dev_get_flags(const struct net_device *dev);
int dev_change_flags(struct net_device *dev, unsigned int flags);

/* The interface ioctls (net/core/dev_ioctl.c, net/ipv4/devinet.c). */
struct ifreq;
struct ifconf;
int dev_ioctl(unsigned int cmd, struct ifreq *ifr, bool *need_copyout);
int dev_ifconf(struct ifconf __user *uifc);
int devinet_ioctl(unsigned int cmd, struct ifreq *ifr);
int inet_gifconf(struct net_device *dev, char __user *buf, int len, int size);
void devinet_init(void);

void dev_add_pack(struct packet_type *pt);
int dev_queue_xmit(struct sk_buff *skb);
void netif_rx(struct sk_buff *skb);
void net_dev_init(void);
void pcap_init(void);
void pcap_capture(const struct sk_buff *skb);

#endif
