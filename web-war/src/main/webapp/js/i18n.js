// Korean (the customer's own sheet) and English labels; the choice is a preference, kept in
// localStorage (it holds no secret). Status codes (PLACED, COOKING, ...) are shown as the API
// says them, next to their label.

const LABELS = {
  ko: {
    app: '푸드 딜리버리', signIn: '로그인', signOut: '로그아웃', username: '아이디', password: '비밀번호',
    demoUsers: '데모 사용자 (비밀번호 password)', sessionExpired: '세션이 만료되었습니다. 다시 로그인하세요. 장바구니는 그대로입니다.',
    stores: '가게', cart: '장바구니', orders: '주문 내역', board: '주방 보드', stock: '재고·감사 메시지',
    deliveries: '배달', admin: '운영', menu: '메뉴', price: '가격', left: '개 남음', outOfStock: '품절',
    add: '담기', remove: '빼기', total: '합계', emptyCart: '장바구니가 비었습니다.', area: '지역', street: '도로명 주소',
    lat: '위도', lng: '경도', card: '카드 번호', placeOrder: '주문하기', testCards: '테스트 카드: 4111111111111111 승인, 4000000000000002 거절',
    order: '주문', status: '상태', timeline: '진행 상황', messages: '카카오톡 메시지', cancel: '주문 취소',
    change: '주문 변경', saveChange: '변경 저장', confirm: '배달 받았어요', store: '가게', payment: '결제', rider: '라이더',
    waiting: '주문 정보를 기다리는 중…', noOrders: '주문이 없습니다.', request: '요청', reason: '사유',
    accept: '접수', reject: '거절', start: '조리 시작', finish: '조리 완료', rejectReason: '거절 사유',
    thank: '감사 메시지 보내기', thankText: '감사 메시지', thanked: '감사 메시지 보냄', completed: '배달 완료',
    noTickets: '없음', onHand: '보유', reserved: '예약', available: '주문 가능', save: '저장',
    thankYouDefault: '가게 기본 감사 메시지', saved: '저장했습니다', nearby: '픽업 대기 배달', myDeliveries: '내 배달',
    usePosition: '내 위치 사용', positionUnknown: '위치 없음 (지역으로만 찾기)', distance: '거리', pickUp: '픽업',
    noDeliveries: '픽업할 배달이 없습니다.', faults: '카드 매입사 장애 주입 (스탠드인)', delayMs: '지연 (ms)', failurePercent: '실패율 (%)',
    apply: '적용', heal: '정상화', circuit: '결제 회로 차단기', state: '상태', calls: '호출 결과 (2초마다)',
    success: '성공', failure: '실패', refused: '차단됨', opened: '열린 횟수', links: '운영 도구',
    parked: '보류된 메시지', noParked: '보류된 메시지가 없습니다.', replay: '재처리', discard: '폐기', discardReason: '폐기 사유',
    openapi: 'OpenAPI UI', health: '헬스', metrics: '메트릭', adminCenter: '관리 센터', refresh: '새로고침',
    error: '오류', language: 'English', items: '메뉴', quantity: '수량', placed: '주문이 접수되었습니다',
    RECEIVED: '접수 대기', ACCEPTED: '접수됨', COOKING: '조리 중', READY: '픽업 대기', REJECTED: '거절됨', CANCELLED: '취소됨',
    PLACED: '주문 완료', PICKED_UP: '배달 중', COMPLETED: '완료', CANCEL_REQUESTED: '취소 요청 중', CHANGE_REQUESTED: '변경 요청 중',
    DONE: '완료됨', PENDING: '처리 중', REFUSED: '거절됨', won: '원',
  },
  en: {
    app: 'Food delivery', signIn: 'Sign in', signOut: 'Sign out', username: 'User', password: 'Password',
    demoUsers: 'Demo users (password "password")', sessionExpired: 'Your session expired. Sign in again; your cart is kept.',
    stores: 'Stores', cart: 'Cart', orders: 'Orders', board: 'Kitchen board', stock: 'Stock & thank-you',
    deliveries: 'Deliveries', admin: 'Operations', menu: 'Menu', price: 'Price', left: 'left', outOfStock: 'Out of stock',
    add: 'Add', remove: 'Remove', total: 'Total', emptyCart: 'Your cart is empty.', area: 'Area', street: 'Street',
    lat: 'Latitude', lng: 'Longitude', card: 'Card number', placeOrder: 'Place order', testCards: 'Test cards: 4111111111111111 approved, 4000000000000002 declined',
    order: 'Order', status: 'Status', timeline: 'Timeline', messages: 'KakaoTalk messages', cancel: 'Cancel order',
    change: 'Change order', saveChange: 'Save change', confirm: 'Delivery received', store: 'Store', payment: 'Payment', rider: 'Rider',
    waiting: 'Waiting for the order…', noOrders: 'No orders yet.', request: 'Request', reason: 'Reason',
    accept: 'Accept', reject: 'Reject', start: 'Start cooking', finish: 'Finish', rejectReason: 'Reason to reject',
    thank: 'Send thank-you', thankText: 'Thank-you text', thanked: 'Thanked', completed: 'Delivered',
    noTickets: 'none', onHand: 'On hand', reserved: 'Reserved', available: 'Available', save: 'Save',
    thankYouDefault: "Store's default thank-you", saved: 'Saved', nearby: 'Ready for pickup', myDeliveries: 'My deliveries',
    usePosition: 'Use my position', positionUnknown: 'No position (area only)', distance: 'Distance', pickUp: 'Pick up',
    noDeliveries: 'Nothing to pick up.', faults: 'Card acquirer fault injection (stand-in)', delayMs: 'Delay (ms)', failurePercent: 'Failure rate (%)',
    apply: 'Apply', heal: 'Heal', circuit: 'Payment circuit breaker', state: 'State', calls: 'Call results (every 2 s)',
    success: 'success', failure: 'failure', refused: 'refused (open)', opened: 'times opened', links: 'Operator tools',
    parked: 'Parked messages', noParked: 'No parked messages.', replay: 'Replay', discard: 'Discard', discardReason: 'Reason to discard',
    openapi: 'OpenAPI UI', health: 'Health', metrics: 'Metrics', adminCenter: 'Admin center', refresh: 'Refresh',
    error: 'Error', language: '한국어', items: 'Dishes', quantity: 'Qty', placed: 'Order placed',
    RECEIVED: 'New', ACCEPTED: 'Accepted', COOKING: 'Cooking', READY: 'Ready', REJECTED: 'Rejected', CANCELLED: 'Cancelled',
    PLACED: 'Placed', PICKED_UP: 'On the way', COMPLETED: 'Completed', CANCEL_REQUESTED: 'Cancelling', CHANGE_REQUESTED: 'Changing',
    DONE: 'done', PENDING: 'pending', REFUSED: 'refused', won: '₩',
  },
};

let lang = localStorage.getItem('food.lang') === 'en' ? 'en' : 'ko';

export function t(key) { return LABELS[lang][key] ?? key; }
export function language() { return lang; }
export function toggleLanguage() {
  lang = lang === 'ko' ? 'en' : 'ko';
  localStorage.setItem('food.lang', lang);
  document.documentElement.lang = lang;
}
export function money(amount) {
  const n = Number(amount).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');
  return lang === 'ko' ? `${n}원` : `₩${n}`;
}
export function when(instant) {
  return instant ? new Date(instant).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB') : '';
}
document.documentElement.lang = lang;
